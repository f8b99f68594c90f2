import FestivalModel

/// The part of a festival's plan that comes from its interface contract alone: the pages of its
/// components, endpoints, entities, events, queues, external systems, authorization and system groups,
/// and the anchors of the interface document's rows. It is most of a large festival's plan, and the
/// same for as long as the contract is, which `PlanCache` relies on.
struct ContractPlan: Sendable {
  var components: [String] = []
  var endpoints: [String] = []
  var entities: [String] = []
  var events: [String] = []
  var queues: [String] = []
  var externalSystems: [String] = []
  var rowAnchors: [Int: String] = [:]
  var authorization: String?
  var roles: [String] = []
  var resources: [String] = []
  var systemGroups: [SystemGroup] = []
  /// The pages above, in plan order.
  var pages: [PlannedPage] = []

  /// Plans the contract of the festival at `index`, whose pages go under `slug`.
  init(_ contract: InterfaceContract, festival index: Int, slug: String) {
    // Pages name elements by identity; the table is the contract's own, so every position has one.
    func id(_ kind: ElementID.Kind, _ position: Int) -> ElementID {
      contract.elements.id(kind, at: position) ?? ElementID(kind, key: "#\(position + 1)")
    }
    func claim(_ folder: String, _ names: [String], _ kind: (Int) -> PageKind) -> [String] {
      var registry = SlugRegistry()
      return names.enumerated().map { offset, name in
        let path = "\(slug)/\(folder)/\(registry.claim(name)).html"
        pages.append(PlannedPage(path: path, kind: kind(offset), title: name))
        return path
      }
    }
    components = claim("components", contract.components.map(\.name)) {
      .component(festival: index, element: id(.component, $0))
    }
    // Endpoint pages are named by method and path but titled by the endpoint's name; `claim` appends
    // them in order, so the first one's position finds them all.
    let firstEndpointPage = pages.count
    endpoints = claim("endpoints", contract.endpoints.map(SitePlanner.endpointSlugText)) {
      .endpoint(festival: index, element: id(.endpoint, $0))
    }
    for (offset, endpoint) in contract.endpoints.enumerated() {
      pages[firstEndpointPage + offset].title = endpoint.name
    }
    entities = claim("entities", contract.entities.map(\.name)) {
      .entity(festival: index, element: id(.entity, $0))
    }
    events = claim("events", contract.events.map(\.name)) { .event(festival: index, element: id(.event, $0)) }
    queues = claim("queues", contract.queues.map(\.name)) { .queue(festival: index, element: id(.queue, $0)) }
    externalSystems = claim("systems", contract.externalSystems.map(\.name)) {
      .externalSystem(festival: index, element: id(.externalSystem, $0))
    }
    rowAnchors = RowAnchors.assign(contract)
    if let matrix = contract.authorization, !matrix.rows.isEmpty {
      let page = slug + "/authorization/index.html"
      authorization = page
      pages.append(PlannedPage(path: page, kind: .authorization(festival: index), title: "Authorization"))
      roles = claim("authorization/roles", matrix.roles) { .role(festival: index, element: id(.role, $0)) }
      resources = claim("authorization/resources", matrix.rows.map(\.resource)) {
        .resource(festival: index, element: id(.resource, $0))
      }
    }
    if contract.components.count > SystemGrouping.threshold {
      var registry = SlugRegistry()
      for (offset, group) in SystemGrouping.groups(contract).enumerated() {
        let path = "\(slug)/system/\(registry.claim(group.name)).html"
        systemGroups.append(SystemGroup(name: group.name, path: path, components: group.components))
        pages.append(
          PlannedPage(path: path, kind: .systemGroup(festival: index, index: offset), title: group.name))
      }
    }
  }
}
