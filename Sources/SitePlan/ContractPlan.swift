import FestivalModel

/// The part of a festival's plan that comes from its interface contract alone: the pages of its
/// components, endpoints, entities, events, queues, external systems, authorization and system groups,
/// and the anchors of the interface document's rows. It is most of a large festival's plan, and the
/// same for as long as the contract is, which `PlanCache` relies on.
struct ContractPlan: Sendable {
  var elementPages: [ElementID: String] = [:]
  var rowAnchors: [String: [Int: String]] = [:]
  var authorization: String?
  var entities: String?
  var systemGroups: [SystemGroup] = []
  /// The pages above, in plan order.
  var pages: [PlannedPage] = []

  /// Plans the contract of the festival at `index`, whose pages go under `slug`.
  init(_ contract: InterfaceContract, festival index: Int, slug: String) {
    self.init(ContractPlanInputs(contract), festival: index, slug: slug)
  }

  /// Plans a contract from what its plan is made of.
  init(_ contract: ContractPlanInputs, festival index: Int, slug: String) {
    // Pages name elements by identity; the table is the contract's own, so every position has one.
    func id(_ kind: ElementID.Kind, _ position: Int) -> ElementID {
      contract.id(kind, at: position) ?? ElementID(kind, key: "#\(position + 1)")
    }
    // Pages are slugged from `names` (an endpoint's method and path) and titled by `titles`.
    func claim(
      _ folder: String, _ kind: ElementID.Kind, _ names: [String], titles: [String]? = nil,
      reserved: Set<String> = [], _ page: (ElementID) -> PageKind
    ) {
      var registry = SlugRegistry(reserved: reserved)
      for (offset, name) in names.enumerated() {
        let path = "\(slug)/\(folder)/\(registry.claim(name)).html"
        let element = id(kind, offset)
        elementPages[element] = path
        pages.append(PlannedPage(path: path, kind: page(element), title: titles?[offset] ?? name))
      }
    }
    claim("components", .component, contract.components) { .component(festival: index, element: $0) }
    claim("endpoints", .endpoint, contract.endpointSlugs, titles: contract.endpointTitles) {
      .endpoint(festival: index, element: $0)
    }
    // The overview is `entities/index.html`; an entity named Index takes `index-2`.
    claim("entities", .entity, contract.entities, reserved: ["index"]) {
      .entity(festival: index, element: $0)
    }
    if !contract.entities.isEmpty {
      let page = slug + "/entities/index.html"
      entities = page
      let title = contract.entitiesAreAllEntities ? "Entities" : "Data contracts"
      pages.append(PlannedPage(path: page, kind: .entities(festival: index), title: title))
    }
    claim("events", .event, contract.events) { .event(festival: index, element: $0) }
    claim("queues", .queue, contract.queues) { .queue(festival: index, element: $0) }
    claim("systems", .externalSystem, contract.externalSystems) {
      .externalSystem(festival: index, element: $0)
    }
    rowAnchors = RowAnchors.assign(contract.anchors)
    if let roles = contract.roles {
      let page = slug + "/authorization/index.html"
      authorization = page
      pages.append(PlannedPage(path: page, kind: .authorization(festival: index), title: "Authorization"))
      claim("authorization/roles", .role, roles) { .role(festival: index, element: $0) }
      claim("authorization/resources", .resource, contract.resources) {
        .resource(festival: index, element: $0)
      }
    }
    if !contract.groups.isEmpty {
      var registry = SlugRegistry()
      for (offset, group) in contract.groups.enumerated() {
        let path = "\(slug)/system/\(registry.claim(group.name)).html"
        systemGroups.append(
          SystemGroup(name: group.name, path: path, components: group.components.map { id(.component, $0) }))
        pages.append(
          PlannedPage(path: path, kind: .systemGroup(festival: index, index: offset), title: group.name))
      }
    }
  }
}
