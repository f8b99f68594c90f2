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
    if let index { renderer.componentPages = context.festival(index).componentPages }
    renderer.layouts = context.layouts
    var html = ""
    let front = document.frontMatter
    var facts: [(String, String)] = [("Status", StatusBadge.work(document.status))]
    if document.progress.total > 0 && document.kind == .task {
      facts.append(
        ("Progress", HTML.progress(checked: document.progress.checked, total: document.progress.total)))
    }
    facts.append(("Created", HTML.text(front.text("fest_created", "created") ?? "")))
    facts.append(("Updated", HTML.text(front.text("fest_updated", "modified", "updated") ?? "")))
    facts.append(("Source", "<code>\(HTML.text(document.path))</code>"))
    let body = renderer.render(document.body.blocks)
    if !body.contains("<h1") { html += "<h1>\(HTML.text(document.title))</h1>\n" }
    html += "<div class=\"document-meta\">\(HTML.facts(facts))</div>\n" + body
    var trail: [PageBody.Crumb] = []
    if index != nil, document.kind == .task || document.kind == .phaseGoal || document.kind == .sequenceGoal {
      trail.append(
        PageBody.Crumb(
          title: "Plan", href: index.map { context.href(context.plan.festivals[$0].home) + "#plan" }))
    }
    trail.append(PageBody.Crumb(title: document.title))
    return PageBody(
      html: html, breadcrumbs: context.crumbs(festival: index, trail), festival: index,
      diagnostics: renderer.diagnostics, files: renderer.diagramFiles)
  }
}
