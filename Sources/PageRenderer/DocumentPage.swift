import FestivalModel
import SitePlan

/// A markdown document as a page: its front matter facts, then its body with links rewritten.
enum DocumentPage {
  static func render(
    _ context: PageContext, festival index: Int?, document: Document, rowAnchors: [Int: String] = [:]
  )
    -> PageBody
  {
    var renderer = MarkdownHTMLRenderer(
      documentPath: document.path, pagePath: context.page.path, resolver: context.resolver,
      rowAnchors: rowAnchors)
    if let index {
      renderer.componentPages = context.festival(index).componentPages
      renderer.entityPages = context.festival(index).lookup.entityPages
    }
    renderer.layouts = context.layouts
    renderer.diagrams = context.resolved.diagrams[document.path] ?? [:]
    var html = Markup()
    let front = document.frontMatter
    let task = index.flatMap { context.model.festivals[$0].task(at: document.path) }
    var facts: [(String, Markup)] = task.map(taskFacts) ?? [("Status", StatusBadge.work(document.status))]
    facts.append(("Created", HTML.text(front.text("fest_created", "created") ?? "")))
    facts.append(("Updated", HTML.text(front.text("fest_updated", "modified", "updated") ?? "")))
    facts.append(("Source", Markup.code(document.path)))
    let body = blocks(of: document, renderer: &renderer, context: context)
    if !body.headings.contains(where: { $0.level == 1 }) { html += "<h1>\(HTML.text(document.title))</h1>\n" }
    html += "<div class=\"document-meta\">\(HTML.facts(facts))</div>\n" + body
    if document.kind != .interfaces { html += definedHere(document.path, context, festival: index) }
    if let task, !task.events.isEmpty { html += events(task) }
    var trail: [PageBody.Crumb] = []
    if index != nil, document.kind == .task || document.kind == .phaseGoal || document.kind == .sequenceGoal {
      trail.append(
        PageBody.Crumb(
          title: "Plan", href: index.map { context.href(context.plan.festivals[$0].home) + "#plan" }))
    }
    trail.append(PageBody.Crumb(title: document.title))
    return PageBody(
      html: html, breadcrumbs: context.crumbs(festival: index, trail), festival: index,
      files: renderer.diagramFiles)
  }

  /// The document's body; in a preview, a large document's unchanged blocks as the build before drew them.
  private static func blocks(
    of document: Document, renderer: inout MarkdownHTMLRenderer, context: PageContext
  ) -> Markup {
    let blocks = document.body.blocks
    guard let cache = context.documentBlocks, let siteKey = context.siteKey,
      blocks.count >= DocumentBlockCache.minimumBlocks
    else { return renderer.render(blocks) }
    let page = context.page.path
    let (html, drawn, reused) = renderer.render(blocks, reusing: cache.drawn(on: page), siteKey: siteKey)
    cache.keep(drawn, on: page, reused: reused)
    return html
  }

  /// A task's status as fest reports it, what decided it, and its own checklist beside.
  private static func taskFacts(_ task: FestivalTask) -> [(String, Markup)] {
    var facts = [
      (
        "Status",
        FestStateView.taskBadge(task) + " <span class=\"muted\">" + HTML.text(FestStateView.sourceText(task))
          + "</span>"
      )
    ]
    if let reason = task.state.blockedReason, task.state.status == .blocked {
      facts.append(("Blocked", HTML.text(reason)))
    }
    if task.isGate { facts.append(("Kind", "quality gate")) }
    if task.progress.total > 0 {
      facts.append(("Checklist", HTML.progress(checked: task.progress.checked, total: task.progress.total)))
    }
    if let written = task.status, written.known != task.state.status {
      facts.append(
        ("Front matter", StatusBadge.work(written) + " <span class=\"muted\">not what fest counts</span>"))
    }
    return facts
  }

  /// fest's events about the task, oldest first.
  private static func events(_ task: FestivalTask) -> Markup {
    let rows = task.events.map { event -> [Markup] in
      var detail = event.reason ?? ""
      if let percent = event.percent { detail = "\(percent)%" }
      if let minutes = event.minutes { detail = "\(minutes) min" }
      return [HTML.text(event.timestamp ?? ""), HTML.text(event.kind), HTML.text(detail)]
    }
    return HTML.section(
      "Progress events", id: "progress-events",
      "<p class=\"muted\">From <code>.fest/progress_events.jsonl</code>; the last one decides.</p>"
        + HTML.table(["Time", "Event", "Detail"], rows))
  }

  /// The interface elements this file defines, each linked to its page; loose documents feed the
  /// workspace contract.
  private static func definedHere(_ path: String, _ context: PageContext, festival index: Int?) -> Markup {
    let owner = index ?? context.model.festivals.firstIndex(where: \.isWorkspace)
    guard let owner else { return "" }
    let festival = context.festival(owner)
    let elements = festival.lookup.elementsByFile[path] ?? []
    guard !elements.isEmpty else { return "" }
    let items = elements.map { element -> Markup in
      "<span class=\"muted\">\(text: element.label)</span> "
        + festival.pageLink(element.kind, element.position, element.name)
    }
    return HTML.section("Interface elements defined here", id: "defined-here", HTML.list(items))
  }
}
