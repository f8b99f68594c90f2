import FestivalModel

/// Everything of a contract its plan is made from: the names pages are slugged and titled by, the
/// elements' identities, the system groups and the rows that ask for anchors. Two contracts with equal
/// inputs have equal plans, so a preview whose edit changed only what rows say keeps its plan.
struct ContractPlanInputs: Equatable, Sendable {
  /// The groups a large system is drawn in: a name and the positions of its components.
  struct Group: Equatable, Sendable {
    var name: String
    var components: [Int]
  }

  var components: [String]
  /// An endpoint's slug text (its method and path) and its title.
  var endpointSlugs: [String]
  var endpointTitles: [String]
  var entities: [String]
  var entitiesAreAllEntities: Bool
  var events: [String]
  var queues: [String]
  var externalSystems: [String]
  /// The matrix's roles and resources, when it has rows.
  var roles: [String]?
  var resources: [String]
  /// Every element's identity, kind by kind in `ElementID.Kind.allCases` order.
  var identities: [[ElementID]]
  var groups: [Group]
  var anchors: [AnchorRequest]

  init(_ contract: InterfaceContract) {
    components = contract.components.map(\.name)
    endpointSlugs = contract.endpoints.map(SitePlanner.endpointSlugText)
    endpointTitles = contract.endpoints.map(\.name)
    entities = contract.entities.map(\.name)
    entitiesAreAllEntities = contract.entities.allSatisfy { $0.form == .entity }
    events = contract.events.map(\.name)
    queues = contract.queues.map(\.name)
    externalSystems = contract.externalSystems.map(\.name)
    if let matrix = contract.authorization, !matrix.rows.isEmpty {
      roles = matrix.roles
      resources = matrix.rows.map(\.resource)
    } else {
      resources = []
    }
    identities = ElementID.Kind.allCases.map { contract.elements.all($0) }
    groups =
      contract.components.count > SystemGrouping.threshold
      ? SystemGrouping.groups(contract).map { Group(name: $0.name, components: $0.components) } : []
    anchors = RowAnchors.requests(contract)
  }

  /// The identity of the element at `position` of the table of `kind`.
  func id(_ kind: ElementID.Kind, at position: Int) -> ElementID? {
    guard let table = ElementID.Kind.allCases.firstIndex(of: kind) else { return nil }
    return identities[table].indices.contains(position) ? identities[table][position] : nil
  }
}
