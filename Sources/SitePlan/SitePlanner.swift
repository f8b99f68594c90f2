import FestivalModel

/// The fourth stage: decides every page's path by the URL scheme of `docs/urls.md`.
public enum SitePlanner {
  /// Names the site root keeps for itself, so no festival slug can take them.
  static let reservedRootNames: Set<String> = [
    "index", "404", "docs", "assets", "search", "search-index", "favicon", "nav", "sitemap", "static",
    "changes",
  ]

  /// `changesFeed` adds `changes.html`, the contract changes of the last commits (`--history`).
  public static func plan(_ model: ContentModel, changesFeed: Bool = false) -> SitePlan {
    plan(model, memo: nil, changesFeed: changesFeed)
  }

  /// With a `memo`, the contract plans of earlier builds are reused while their contracts are unchanged.
  static func plan(_ model: ContentModel, memo: PlanCache?, changesFeed: Bool = false) -> SitePlan {
    var pages = [
      PlannedPage(path: "index.html", kind: .siteIndex, title: "Festivals"),
      PlannedPage(path: "404.html", kind: .notFound, title: "Page not found"),
    ]
    if changesFeed {
      pages.append(PlannedPage(path: "changes.html", kind: .changes, title: "Contract changes"))
    }
    var rootSlugs = SlugRegistry(reserved: reservedRootNames)
    var festivals: [FestivalPlan] = []
    for (index, festival) in model.festivals.enumerated() {
      let plan = planFestival(
        festival, index: index, slug: rootSlugs.claim(festival.folderName), pages: &pages, memo: memo)
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
    // The workspace contract's elements are defined in the loose documents: their pages are its pages.
    for (index, festival) in model.festivals.enumerated() where festival.isWorkspace {
      festivals[index].documents = loose
    }
    memo?.keep(only: Set(model.festivals.compactMap { $0.interfaces?.path }))
    return SitePlan(pages: pages, festivals: festivals, looseDocuments: loose)
  }

  private static func planFestival(
    _ festival: Festival, index: Int, slug: String, pages: inout [PlannedPage], memo: PlanCache?
  ) -> FestivalPlan {
    var plan = FestivalPlan(slug: slug)
    pages.append(PlannedPage(path: plan.home, kind: .festivalHome(festival: index), title: festival.title))
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
    let contractPlan =
      memo?.plan(contract, festival: index, slug: slug)
      ?? ContractPlan(contract, festival: index, slug: slug)
    plan.elementPages = contractPlan.elementPages
    plan.rowAnchors = contractPlan.rowAnchors
    plan.authorization = contractPlan.authorization
    plan.entities = contractPlan.entities
    plan.systemGroups = contractPlan.systemGroups
    pages += contractPlan.pages
    return plan
  }

  /// `POST /v1/shipments` names the page `post-v1-shipments.html`; an endpoint without method and URL
  /// goes by its name.
  public static func endpointSlugText(_ endpoint: Endpoint) -> String {
    let method = endpoint.method?.rawValue ?? endpoint.methodWritten
    let text = "\(method) \(endpoint.urlPattern)".trimmingSpaces()
    return text.isEmpty ? endpoint.name : text
  }

  /// A document's page: each folder of its path slugged, under `base`; file names are claimed per
  /// folder so two files that slug alike get numbered. A folder's `INDEX.md` is its `index.html`:
  /// no page of festdoc's own lives in a document folder.
  static func documentPath(_ relative: String, under base: String, registries: inout [String: SlugRegistry])
    -> String
  {
    var parts = relative.split(separator: "/").map(String.init)
    let file = parts.removeLast()
    let folder = ([base] + parts.map(Slugger.slug)).joined(separator: "/")
    var registry = registries[folder] ?? SlugRegistry(reserved: [])
    let name = file.lowercased().hasSuffix(".md") ? String(file.dropLast(3)) : file
    let slug = registry.claim(name)
    registries[folder] = registry
    return folder + "/" + slug + ".html"
  }
}
