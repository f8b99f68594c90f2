import Diagnostics
import FestivalModel
import Foundation
import Parallelism

/// A contract's fingerprint in two parts, so that an edit of one element's details re-renders only the
/// pages that show them. `frame` is what every page of the festival may show or link by: everything
/// outside the element tables, each element's name, place and relations (who it depends on, who owns
/// it, who publishes and receives it, its payload), the relationship graph and the name catalog.
/// `elements` is each element's whole value by its identity. An element page is made from the frame and
/// the elements it shows (`PageSubjects`); a change to who relates to whom changes the frame, and so
/// every page, as before.
struct ContractFingerprints {
  var frame: String
  var elements: [ElementID: String]
  /// Each element's own fingerprint, without the services a component's carries: kept for the next
  /// build to reuse while the element compares equal.
  var ownElements: [ElementID: String] = [:]
  /// What each element adds to the frame (its name, place and relations), kept like `ownElements`.
  var elementFrames: [ElementID: String] = [:]
  /// What the frame takes from the graph, the definition sites, the source files and the catalog, with
  /// what it was made from: kept while those compare equal.
  var derived = Derived()
  /// The fingerprint of each row of the other tables, by table: kept for the next build to reuse.
  var rows: [String: [String]] = [:]

  /// What the entities page shows besides the frame: every entity's fingerprint, in table order.
  var entityTable = ""

  /// What the authorization grid shows besides the frame: every row of the matrix.
  var matrix: String {
    var hasher = Fingerprint()
    for digest in rows["matrix"] ?? [] { hasher.add(digest) }
    return hasher.value
  }

  /// Element fingerprints of `previous` are kept for the elements whose values compare equal: a preview
  /// edit changes one or two, and encoding ten thousand took longer than comparing them. The others are
  /// encoded on `jobs` threads.
  /// `lookup` is the festival's index, by which the pages find the services and rows they show.
  init(
    _ contract: InterfaceContract, catalog: NameCatalog, lookup: FestivalIndex, previous: Kept? = nil,
    jobs: Int = 1
  ) {
    func digest(_ value: any Encodable) -> String { EncodedFingerprint.of(value) }
    var frame = Fingerprint()
    var outline = contract
    (outline.components, outline.endpoints, outline.entities) = ([], [], [])
    (outline.events, outline.queues, outline.externalSystems) = ([], [], [])
    let (rows, attached) = Self.addNonElements(
      contract, lookup: lookup, previous: previous, outline: &outline, to: &frame, jobs: jobs)
    frame.add(EncodedFingerprint.of(outline))
    derived = Derived(contract, catalog: catalog, previous: previous?.value.derived)
    frame.add(derived.value)
    var elements: [ElementID: String] = [:]
    var elementFrames: [ElementID: String] = [:]
    func each<Element: Codable & Equatable & Sendable>(
      _ kind: ElementID.Kind, _ values: [Element], _ old: [Element]?,
      outline: (Element) -> (name: String, location: SourceLocation, relations: String)
    ) {
      let ids = values.indices.map { contract.elements.id(kind, at: $0) }
      let unchanged = values.indices.map { position -> Bool in
        guard let id = ids[position], let previous, let old,
          let at = previous.contract.elements.position(of: id)
        else { return false }
        return old[at] == values[position]
      }
      let kept = values.indices.map { position -> String? in
        // An element without an identity needs no fingerprint: "" stands for it.
        guard let id = ids[position] else { return "" }
        return unchanged[position] ? previous?.value.ownElements[id] : nil
      }
      let digests = Self.digests(values, kept: kept, jobs: jobs)
      for (position, value) in values.enumerated() {
        let id = ids[position]
        let keptPart = unchanged[position] ? id.flatMap { previous?.value.elementFrames[$0] } : nil
        let part =
          keptPart
          ?? {
            let parts = outline(value)
            return "\(kind.rawValue)\t\(parts.name)\t\(parts.location.file):\(parts.location.line)\n"
              + parts.relations
          }()
        frame.add(part)
        if let id {
          elements[id] = digests[position]
          elementFrames[id] = part
        }
      }
    }
    let old = previous?.contract
    each(.component, contract.components, old?.components) {
      ($0.name, $0.location, Self.names($0.dependencies))
    }
    each(.endpoint, contract.endpoints, old?.endpoints) { ($0.name, $0.location, digest($0.owner)) }
    each(.entity, contract.entities, old?.entities) {
      (
        $0.name, $0.location,
        digest($0.owner) + digest($0.relationships) + Self.names($0.usedBy) + digest($0.form)
      )
    }
    each(.event, contract.events, old?.events) {
      (
        $0.name, $0.location,
        Self.names($0.publisher.map { [$0] } ?? []) + Self.names($0.subscribers) + digest($0.owner)
          + Fingerprint.of($0.payload)
      )
    }
    each(.queue, contract.queues, old?.queues) { ($0.name, $0.location, digest($0.owner)) }
    each(.externalSystem, contract.externalSystems, old?.externalSystems) { ($0.name, $0.location, "") }
    ownElements = elements
    self.elementFrames = elementFrames
    self.frame = frame.value
    self.elements = Self.attach(attached, to: elements, in: contract)
    self.rows = rows
    entityTable = Self.entityTable(contract, elements: self.elements)
  }

  /// Every entity's fingerprint in table order, hashed together.
  private static func entityTable(_ contract: InterfaceContract, elements: [ElementID: String]) -> String {
    var hasher = Fingerprint()
    for position in contract.entities.indices {
      hasher.add(contract.elements.id(.entity, at: position).flatMap { elements[$0] } ?? "\u{0}")
    }
    return hasher.value
  }

  /// The tables that define no element, the service interfaces and the performance and scalability rows;
  /// each is then left out of `outline`. Returns their rows' fingerprints and what goes with the
  /// components' and endpoints' own.
  private static func addNonElements(
    _ contract: InterfaceContract, lookup: FestivalIndex, previous: Kept?, outline: inout InterfaceContract,
    to frame: inout Fingerprint, jobs: Int
  ) -> (rows: [String: [String]], attached: Attached) {
    var rows = Self.addTables(contract, previous: previous, outline: &outline, to: &frame, jobs: jobs)
    let services = Self.addServices(contract, lookup: lookup, previous: previous, to: &frame, jobs: jobs)
    var attached = Attached(components: services.byComponent)
    rows["matrix"] = Self.addMatrix(
      contract, lookup: lookup, previous: previous, to: &frame, attached: &attached, jobs: jobs)
    rows.merge(
      Self.addFigures(
        contract, lookup: lookup, previous: previous, to: &frame, attached: &attached, jobs: jobs)
    ) { _, new in new }
    rows["services"] = services.rows
    rows["serviceOutlines"] = services.outlines
    (outline.serviceInterfaces, outline.performance, outline.scalability) = ([], [], [])
    return (rows, attached)
  }

  /// Each component's fingerprint with those of the services it claims and the rows its page lists,
  /// each endpoint's, entity's, role's and resource's with its rows: their pages show them in full.
  private static func attach(
    _ attached: Attached, to elements: [ElementID: String], in contract: InterfaceContract
  ) -> [ElementID: String] {
    var elements = elements
    for (kind, byPosition) in [
      (ElementID.Kind.component, attached.components), (.endpoint, attached.endpoints),
      (.entity, attached.entities), (.role, attached.roles), (.resource, attached.resources),
    ] {
      for (position, digests) in byPosition {
        // Roles and resources are wholly their matrix rows: they have no value of their own.
        guard let id = contract.elements.id(kind, at: position) else { continue }
        guard let own = elements[id] ?? ([.role, .resource].contains(kind) ? "" : nil) else { continue }
        elements[id] = ([own] + digests).joined(separator: "\t")
      }
    }
    return elements
  }

  /// The tables that define no element, row by row, each row's fingerprint kept from `previous` while it
  /// compares equal; each is then left out of `outline`. Only protocol pairs (component pages, the
  /// drawings' labels), integrations (external system pages) and diagrams (the graph, document pages)
  /// show on pages keyed on the frame. The others show on the interface document's page and the review
  /// and interfaces pages, which take the contract's files; their names, on the A-Z index, through the
  /// catalog (`Derived`). So an edit of a checklist, sign-off or security row renders those pages only.
  private static func addTables(
    _ contract: InterfaceContract, previous: Kept?, outline: inout InterfaceContract,
    to frame: inout Fingerprint, jobs: Int
  ) -> [String: [String]] {
    var rows: [String: [String]] = [:]
    func table<Row: Codable & Equatable & Sendable>(
      _ name: String, _ path: WritableKeyPath<InterfaceContract, [Row]>, framed: Bool = false
    ) {
      let (old, known) = (previous?.contract[keyPath: path] ?? [], previous?.value.rows[name] ?? [])
      let values = contract[keyPath: path]
      let kept = values.enumerated().map { position, row in
        position < old.count && position < known.count && old[position] == row ? known[position] : nil
      }
      let digests = Self.digests(values, kept: kept, jobs: jobs)
      if framed { frame.add(name + "\t" + digests.joined(separator: " ")) }
      rows[name] = digests
      outline[keyPath: path] = []
    }
    table("pairs", \.protocolPairs, framed: true)
    table("integrations", \.externalIntegrations, framed: true)
    table("consistency", \.consistencyRules)
    table("diagrams", \.diagrams, framed: true)
    table("security", \.security)
    table("errors", \.errors)
    table("monitoring", \.monitoring)
    table("standards", \.developmentStandards)
    table("testing", \.testingStrategy)
    table("examples", \.examples)
    table("checklist", \.reviewChecklist)
    table("signOffs", \.signOffs)
    table("finalization", \.finalizationCriteria)
    table("placeholders", \.placeholders)
    table("unrecognized", \.unrecognizedTables)
    outline.authorization = nil
    return rows
  }

  /// Each value's fingerprint: `kept` where it has one, the rest made by `digest` (by default from the
  /// value's encoding) on `jobs` threads.
  static func digests<Value: Encodable & Sendable>(
    _ values: [Value], kept: [String?], jobs: Int,
    digest: @Sendable (Value) -> String = { EncodedFingerprint.of($0) }
  ) -> [String] {
    let missing = kept.indices.filter { kept[$0] == nil }
    guard !missing.isEmpty else { return kept.map { $0! } }
    let made = Concurrently.map(jobs: missing.count < 64 ? 1 : jobs, count: missing.count) {
      digest(values[missing[$0]])
    }
    var digests = kept
    for (position, index) in missing.enumerated() { digests[index] = made[position] }
    return digests.map { $0! }
  }

  /// What references name, without where they stand in their cells: a longer cell before them moves
  /// them, and no page shows their columns.
  private static func names(_ references: [NameReference]) -> String {
    references.map {
      "\($0.written)\t\($0.target?.kind.rawValue ?? "-")\t\($0.target?.name ?? "-")\t\($0.match.rawValue)"
    }.joined(separator: "\n")
  }

  /// The fingerprints of a contract, kept with the contract they were made from.
  struct Kept {
    var contract: InterfaceContract
    var value: ContractFingerprints
  }
}
