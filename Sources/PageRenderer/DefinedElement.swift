import FestivalModel
import SitePlan

/// An element of the contract as one file defines it: what a document page and the review dashboard
/// list under "Interface elements defined here".
struct DefinedElement: Hashable, Sendable {
  var kind: ElementID.Kind
  var position: Int
  var name: String
  /// The message, enum or schema a data element is, or the kind's own label.
  var label: String

  /// Every file's elements, in contract order; an element defined in several files is listed in each.
  static func byFile(_ contract: InterfaceContract) -> [String: [DefinedElement]] {
    guard !contract.isUnfilledTemplate else { return [:] }
    var result: [String: [DefinedElement]] = [:]
    func add(_ kind: ElementID.Kind, _ rows: [(name: String, label: String, location: String)]) {
      for (position, row) in rows.enumerated() {
        let sites = contract.elements.id(kind, at: position).map { contract.sites(of: $0).map(\.file) } ?? []
        var files: [String] = []
        for file in (sites.isEmpty ? [row.location] : sites) where !files.contains(file) {
          files.append(file)
        }
        for file in files {
          result[file, default: []].append(
            DefinedElement(kind: kind, position: position, name: row.name, label: row.label))
        }
      }
    }
    add(.component, contract.components.map { ($0.name, "Component", $0.location.file) })
    add(
      .endpoint, contract.endpoints.map { (SitePlanner.endpointSlugText($0), "Endpoint", $0.location.file) })
    add(.entity, contract.entities.map { ($0.name, $0.form.label, $0.location.file) })
    add(.event, contract.events.map { ($0.name, "Event", $0.location.file) })
    add(.queue, contract.queues.map { ($0.name, "Queue", $0.location.file) })
    add(.externalSystem, contract.externalSystems.map { ($0.name, "External system", $0.location.file) })
    // Operations have no page of their own: each is listed by its component's page.
    let components = Dictionary(
      contract.components.enumerated().map { (Fold.key($0.element.name), $0.offset) },
      uniquingKeysWith: { first, _ in first })
    for service in contract.serviceInterfaces {
      let owner = service.component?.target?.name ?? service.name
      guard let position = components[Fold.key(owner)] else { continue }
      for operation in service.operations {
        var files = [operation.location.file]
        for file in operation.alsoDefinedAt.map(\.file) where !files.contains(file) { files.append(file) }
        for file in files {
          result[file, default: []].append(
            DefinedElement(
              kind: .component, position: position, name: "\(service.name).\(operation.name)",
              label: "Operation"))
        }
      }
    }
    return result
  }
}
