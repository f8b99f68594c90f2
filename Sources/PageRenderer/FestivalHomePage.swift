import FestivalModel
import SitePlan

/// A festival's home: goal, interface status with everything it defines, the planning tree, documents.
enum FestivalHomePage {
  static func render(_ context: PageContext, festival index: Int) -> PageBody {
    let festivalContext = context.festival(index)
    let festival = festivalContext.festival
    let plan = festivalContext.plan
    var html: Markup = "<h1>\(HTML.text(festival.title))</h1>\n"
    let planView = planView(festivalContext)
    var facts: [(String, Markup)] = [
      ("Status", planView.status),
      ("ID", HTML.text(festival.festivalID ?? "")),
      ("Ritual run", HTML.text(festival.ritualRun ?? "")),
      (
        "Lifecycle",
        HTML.text([festival.lifecycle, festival.bucketDate].compactMap { $0 }.joined(separator: " · "))
      ),
      ("Tasks", planView.progress),
    ]
    if let contract = festival.interfaces {
      let link = plan.interfaces.map { HTML.link(festivalContext.href($0), "interface document") } ?? Markup()
      facts.append(("Interfaces", StatusBadge.interface(contract) + " " + link))
    }
    html += HTML.facts(facts)
    if let goal = festival.goal { html += "<p class=\"goal\">\(HTML.text(goal))</p>\n" }
    if !planView.summary.isEmpty { html += HTML.section("Where it stands", id: "standing", planView.summary) }
    var files: [RenderedFile] = []
    if let contract = festival.interfaces, !contract.isUnfilledTemplate {
      html += contractSummary(contract, festivalContext)
      if !festivalContext.plan.systemGroups.isEmpty {
        // A large system: an overview of its groups here, each group's graph on a page of its own.
        let figure = SystemGroupPage.overview(
          contract, festivalContext, pagePath: context.page.path, layouts: context.layouts)
        let groups = festivalContext.plan.systemGroups.map {
          HTML.link(festivalContext.href($0.path), $0.name)
        }
        html += HTML.section("System", id: "system", figure.html + HTML.list(groups))
        files.append(figure.file)
      } else if !contract.components.isEmpty {
        let chart = GeneratedGraphs.system(contract, index: festivalContext.lookup)
        let figure = GeneratedGraphs.figure(
          chart,
          caption: "Components and the external systems they depend on, with the protocol of each pair.",
          pagePath: context.page.path, number: 1,
          links: GeneratedGraphs.links(chart, festival: festivalContext), layouts: context.layouts)
        html += HTML.section("System", id: "system", figure.html)
        files.append(figure.file)
      }
      // Beyond a few hundred events one picture helps nobody; each event's page draws its own flow.
      if !contract.events.isEmpty && contract.events.count <= GeneratedGraphs.eventFlowLimit {
        let chart = GeneratedGraphs.eventFlow(contract, systems: festivalContext.lookup.systems)
        let figure = GeneratedGraphs.figure(
          chart, caption: "Publishers, events and subscribers.", pagePath: context.page.path, number: 2,
          links: GeneratedGraphs.links(chart, festival: festivalContext), layouts: context.layouts)
        html += HTML.section("Event flow", id: "event-flow", figure.html)
        files.append(figure.file)
      }
    }
    if festival.interfaces == nil { html += noInterfaces }
    if !festival.phases.isEmpty { html += HTML.section("Plan", id: "plan", planView.tree) }
    html += planView.history
    html += documents(festival, festivalContext)
    return PageBody(
      html: html, breadcrumbs: context.crumbs(festival: nil, [PageBody.Crumb(title: festival.title)]),
      festival: index, files: files)
  }

  /// Said when no document of the festival states an interface, with where festdoc looked.
  static let noInterfaces: Markup = HTML.section(
    "Interfaces", id: "interfaces",
    "<p class=\"muted\">No interface was found in this festival. festdoc reads <code>COMMON_INTERFACES.md</code>, "
      + "<code>.proto</code> files and <code>proto</code> blocks, and in every task and document: "
      + "<code>METHOD /path</code> endpoints in headings, lists, tables and code spans; field tables under "
      + "an rpc, endpoint or message heading; event, topic, error and schema tables; error-code blocks. "
      + "See docs/contract-sources.md.</p>")

  /// All the home shows of its phase folders' files: the festival's status and progress and the plan
  /// tree. Its page inputs take this rather than every file, so an edit to a task's text alone leaves
  /// the home (large, with the system's drawing) as it was.
  static func planView(_ context: FestivalContext) -> PlanView {
    let festival = context.festival
    return PlanView(
      status: StatusBadge.festival(festival),
      progress: FestStateView.counts(festival.counts),
      summary: FestStateView.summary(context),
      tree: festival.phases.isEmpty ? "" : PlanTree.render(festival, context),
      history: FestStateView.history(festival))
  }

  /// What the home shows of the plan and fest's state, as HTML parts.
  struct PlanView {
    var status: Markup
    var progress: Markup
    var summary: Markup
    var tree: Markup
    var history: Markup

    /// Everything at once, for the page's inputs.
    var all: String { (status + progress + summary + tree + history).html }
  }

  private static func contractSummary(_ contract: InterfaceContract, _ context: FestivalContext) -> Markup {
    func group(_ title: String, _ id: String, _ names: [String], _ kind: ElementID.Kind) -> Markup {
      positioned(title, Array(names.enumerated()), kind)
    }
    func positioned(
      _ title: String, _ rows: [(offset: Int, element: String)], _ kind: ElementID.Kind,
      overview: String? = nil
    ) -> Markup {
      guard !rows.isEmpty else { return "" }
      let items = rows.map { context.pageLink(kind, $0.offset, $0.element) }
      let heading = overview.map { HTML.link(context.href($0), title) } ?? HTML.text(title)
      return "<li><h3>\(heading) <span class=\"muted\">\(rows.count)</span></h3>\(HTML.list(items))</li>"
    }
    func data(_ form: DataForm) -> [(offset: Int, element: String)] {
      contract.entities.enumerated().filter { $0.element.form == form }.map { ($0.offset, $0.element.name) }
    }
    let endpoints = contract.endpoints.map { endpoint in
      [endpoint.method?.rawValue ?? endpoint.methodWritten, endpoint.urlPattern].filter { !$0.isEmpty }
        .joined(separator: " ")
    }
    var html: Markup = "<ul class=\"cards\">"
    html += group("Components", "components", contract.components.map(\.name), .component)
    html += group("Endpoints", "endpoints", endpoints, .endpoint)
    html += positioned("Entities", data(.entity), .entity, overview: context.plan.entities)
    html += positioned("Messages", data(.message), .entity)
    html += positioned("Enums", data(.enumeration), .entity)
    html += positioned("Schemas", data(.schema), .entity)
    html += group("Events", "events", contract.events.map(\.name), .event)
    html += group("Queues", "queues", contract.queues.map(\.name), .queue)
    html += group("External systems", "systems", contract.externalSystems.map(\.name), .externalSystem)
    html += "</ul>"
    return HTML.section("Interfaces", id: "interfaces", html)
  }

  private static func documents(_ festival: Festival, _ context: FestivalContext) -> Markup {
    let rootDocuments = festival.documents.filter { document in
      let relative =
        festival.path.isEmpty ? document.path : String(document.path.dropFirst(festival.path.count + 1))
      return !relative.utf8.contains(UInt8(ascii: "/"))
        || !festival.phases.contains { document.path.hasPrefix($0.path + "/") }
    }
    func item(_ path: String) -> Markup? {
      guard let document = festival.document(at: path), let page = context.plan.documents[path] else {
        return nil
      }
      return HTML.link(context.href(page), document.title) + " " + StatusBadge.work(document.status)
    }
    // Files of the festival root first, then a list per folder (`gates/`, `docs/`).
    let items = SupportingGroups.groups(rootDocuments.map(\.path), under: festival.path).flatMap { group in
      let links = group.paths.compactMap(item)
      guard let folder = group.folder else { return links }
      return links.isEmpty ? [] : [HTML.text(folder + "/") + HTML.list(links)]
    }
    return items.isEmpty ? "" : HTML.section("Documents", id: "documents", HTML.list(items))
  }
}
