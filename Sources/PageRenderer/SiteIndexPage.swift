import FestivalModel

/// `index.html`: every festival with its status and progress, then the loose documents.
enum SiteIndexPage {
  static func render(_ context: PageContext) -> PageBody {
    var html = "<h1>Festivals</h1>\n"
    if context.model.festivals.isEmpty {
      html += "<p class=\"muted\">No festival was found in the content folder.</p>"
    } else {
      html += "<ul class=\"cards\">"
      for (index, festival) in context.model.festivals.enumerated() {
        let progress = festival.progress
        html += "<li><h3>\(HTML.link(context.href(context.plan.festivals[index].home), festival.name))</h3>"
        html += "<p>\(StatusBadge.work(festival.status))"
        if let lifecycle = festival.lifecycle { html += " " + HTML.badge(lifecycle, kind: "lifecycle") }
        if let contract = festival.interfaces { html += " interfaces " + StatusBadge.interface(contract) }
        html += "</p>"
        if let goal = festival.goal { html += "<p>\(HTML.text(goal))</p>" }
        html += "<p>Tasks \(HTML.progress(checked: progress.checked, total: progress.total))</p></li>"
      }
      html += "</ul>"
    }
    if !context.model.looseDocuments.isEmpty {
      html += "<h2>Documents</h2><ul>"
      for document in context.model.looseDocuments {
        guard let page = context.plan.looseDocuments[document.path] else { continue }
        var line = HTML.link(context.href(page), document.title)
        if let contract = context.model.looseContracts.first(where: { $0.path == document.path }) {
          line += " " + StatusBadge.interface(contract)
        }
        html += "<li>\(line) <span class=\"muted\">\(HTML.text(document.path))</span></li>"
      }
      html += "</ul>"
    }
    return PageBody(html: html)
  }
}
