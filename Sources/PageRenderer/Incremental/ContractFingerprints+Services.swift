import Diagnostics
import FestivalModel

extension ContractFingerprints {
  /// The service interfaces, each in two parts. What other pages show of a service is its outline:
  /// its name, component and place, its operations' names, places and messages (the entity pages'
  /// "Carried by"), its fields' names and places (the name catalog); that goes into the frame. The
  /// rest (purpose, error cases, SLAs, field types and rules) only its component's page and the
  /// interface document show, so a service's whole fingerprint goes with its component's: an edit of a
  /// field's type renders that component's page, not the festival. A service no component claims
  /// stays in the frame whole. Fingerprints are kept from `previous` while a service compares equal.
  static func addServices(
    _ contract: InterfaceContract, lookup: FestivalIndex, previous: Kept?, to frame: inout Fingerprint,
    jobs: Int
  ) -> (rows: [String], outlines: [String], byComponent: [Int: [String]]) {
    let old = previous?.contract.serviceInterfaces ?? []
    let (known, knownOutlines) = (
      previous?.value.rows["services"] ?? [], previous?.value.rows["serviceOutlines"] ?? []
    )
    let services = contract.serviceInterfaces
    let unchanged = services.indices.map { position in
      position < old.count && position < known.count && position < knownOutlines.count
        && old[position] == services[position]
    }
    let digests = Self.digests(
      services, kept: services.indices.map { unchanged[$0] ? known[$0] : nil }, jobs: jobs)
    let outlines = services.indices.map { unchanged[$0] ? knownOutlines[$0] : Self.outline(of: services[$0]) }
    // The services each component's page shows, found as the page finds them.
    var byComponent: [Int: [String]] = [:]
    var claimed = Set<Int>()
    for (position, key) in lookup.componentKeys.enumerated() {
      for service in lookup.servicesByComponent[key] ?? [] {
        byComponent[position, default: []].append(digests[service])
        claimed.insert(service)
      }
    }
    let outline = services.indices.map {
      claimed.contains($0) ? outlines[$0] : outlines[$0] + "\t" + digests[$0]
    }
    frame.add("services\t" + outline.joined(separator: "\n"))
    return (digests, outlines, byComponent)
  }

  /// What pages other than its component's show of a service.
  private static func outline(of service: ServiceInterface) -> String {
    func place(_ location: SourceLocation) -> String {
      "\(location.file):\(location.line):\(location.column)"
    }
    var parts = [
      service.name, service.component?.written ?? "\u{0}", service.component?.target?.name ?? "\u{0}",
      service.component?.target?.kind.rawValue ?? "\u{0}", place(service.location),
    ]
    for operation in service.operations {
      parts.append(
        "op\t\(operation.name)\t\(place(operation.location))\t\(operation.input)\t\(operation.output)")
      parts.append(operation.alsoDefinedAt.map(place).joined(separator: " "))
      for field in operation.requestFields + operation.responseFields {
        parts.append("field\t\(field.name)\t\(place(field.location))")
      }
    }
    for field in service.dataContract { parts.append("data\t\(field.name)\t\(place(field.location))") }
    return parts.joined(separator: "\t")
  }
}
