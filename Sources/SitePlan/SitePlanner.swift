import FestivalModel

/// The fourth stage: decides every page's path by the URL scheme of `docs/urls.md`.
public enum SitePlanner {
  /// Names the site root keeps for itself, so no festival slug can take them.
  static let reservedRootNames: Set<String> = [
    "index", "404", "docs", "assets", "search", "search-index", "favicon", "nav", "sitemap", "static",
  ]

  public static func plan(_ model: ContentModel) -> SitePlan {
    var pages = [
      PlannedPage(path: "index.html", kind: .siteIndex, title: "Festivals"),
      PlannedPage(path: "404.html", kind: .notFound, title: "Page not found"),
    ]
    var rootSlugs = SlugRegistry(reserved: reservedRootNames)
    var festivals: [FestivalPlan] = []
    for (index, festival) in model.festivals.enumerated() {
      let plan = planFestival(
        festival, index: index, slug: rootSlugs.claim(festival.folderName), pages: &pages)
      festivals.append(plan)
    }
    var looseFolders: [String: SlugRegistry] = [:]
    var loose: [String: String] = [:]
    for document in model.looseDocuments {
      let path = documentPath(document.path, under: "docs", registries: &looseFolders)
      loose[document.path] = path
      pages.append(
        PlannedPage(path: path, kind: .document(festival: nil, path: document.path), title: document.title))
    }
    return SitePlan(pages: pages, festivals: festivals, looseDocuments: loose)
  }

  private static func planFestival(_ festival: Festival, index: Int, slug: String, pages: inout [PlannedPage])
    -> FestivalPlan
  {
    var plan = FestivalPlan(slug: slug)
    pages.append(PlannedPage(path: plan.home, kind: .festivalHome(festival: index), title: festival.name))
    var folders: [String: SlugRegistry] = [:]
    for document in festival.documents {
      let relative =
        festival.path.isEmpty ? document.path : String(document.path.dropFirst(festival.path.count + 1))
      if document.kind == .interfaces && festival.interfaces?.path == document.path {
        plan.interfaces = slug + "/interfaces.html"
        plan.documents[document.path] = plan.interfaces
        pages.append(
          PlannedPage(path: plan.interfaces!, kind: .interfaces(festival: index), title: document.title))
        continue
      }
      let path = documentPath(relative, under: slug + "/docs", registries: &folders)
      plan.documents[document.path] = path
      pages.append(
        PlannedPage(path: path, kind: .document(festival: index, path: document.path), title: document.title))
    }
    pages.append(PlannedPage(path: plan.review, kind: .review(festival: index), title: "Review dashboard"))
    pages.append(PlannedPage(path: plan.nameIndex, kind: .nameIndex(festival: index), title: "A–Z index"))
    pages.append(
      PlannedPage(path: plan.diagnostics, kind: .diagnostics(festival: index), title: "Build diagnostics"))
    guard let contract = festival.interfaces, !contract.isUnfilledTemplate else { return plan }
    func claim(_ folder: String, _ names: [String], _ kind: (Int) -> PageKind) -> [String] {
      var registry = SlugRegistry()
      return names.enumerated().map { offset, name in
        let path = "\(slug)/\(folder)/\(registry.claim(name)).html"
        pages.append(PlannedPage(path: path, kind: kind(offset), title: name))
        return path
      }
    }
    plan.components = claim("components", contract.components.map(\.name)) {
      .component(festival: index, index: $0)
    }
    // Endpoint pages are named by method and path but titled by the endpoint's name; `claim` appends
    // them in order, so the first one's position finds them all.
    let firstEndpointPage = pages.count
    plan.endpoints = claim("endpoints", contract.endpoints.map(endpointSlugText)) {
      .endpoint(festival: index, index: $0)
    }
    for (offset, endpoint) in contract.endpoints.enumerated() {
      pages[firstEndpointPage + offset].title = endpoint.name
    }
    plan.entities = claim("entities", contract.entities.map(\.name)) { .entity(festival: index, index: $0) }
    plan.events = claim("events", contract.events.map(\.name)) { .event(festival: index, index: $0) }
    plan.queues = claim("queues", contract.queues.map(\.name)) { .queue(festival: index, index: $0) }
    plan.externalSystems = claim("systems", contract.externalSystems.map(\.name)) {
      .externalSystem(festival: index, index: $0)
    }
    plan.rowAnchors = RowAnchors.assign(contract)
    if let matrix = contract.authorization, !matrix.rows.isEmpty {
      let authorization = slug + "/authorization/index.html"
      plan.authorization = authorization
      pages.append(
        PlannedPage(path: authorization, kind: .authorization(festival: index), title: "Authorization"))
      plan.roles = claim("authorization/roles", matrix.roles) { .role(festival: index, index: $0) }
      plan.resources = claim("authorization/resources", matrix.rows.map(\.resource)) {
        .resource(festival: index, index: $0)
      }
    }
    if contract.components.count > SystemGrouping.threshold {
      var registry = SlugRegistry()
      for (offset, group) in SystemGrouping.groups(contract).enumerated() {
        let path = "\(slug)/system/\(registry.claim(group.name)).html"
        plan.systemGroups.append(SystemGroup(name: group.name, path: path, components: group.components))
        pages.append(
          PlannedPage(path: path, kind: .systemGroup(festival: index, index: offset), title: group.name))
      }
    }
    return plan
  }

  /// `POST /v1/shipments` names the page `post-v1-shipments.html`; an endpoint without method and URL
  /// goes by its name.
  public static func endpointSlugText(_ endpoint: Endpoint) -> String {
    let method = endpoint.method?.rawValue ?? endpoint.methodWritten
    let text = "\(method) \(endpoint.urlPattern)".trimmingCharacters(in: .whitespaces)
    return text.isEmpty ? endpoint.name : text
  }

  /// A document's page: each folder of its path slugged, under `base`; file names are claimed per
  /// folder so two files that slug alike get numbered.
  static func documentPath(_ relative: String, under base: String, registries: inout [String: SlugRegistry])
    -> String
  {
    var parts = relative.split(separator: "/").map(String.init)
    let file = parts.removeLast()
    let folder = ([base] + parts.map(Slugger.slug)).joined(separator: "/")
    var registry = registries[folder] ?? SlugRegistry(reserved: ["index"])
    let name = file.lowercased().hasSuffix(".md") ? String(file.dropLast(3)) : file
    let slug = registry.claim(name)
    registries[folder] = registry
    return folder + "/" + slug + ".html"
  }
}
