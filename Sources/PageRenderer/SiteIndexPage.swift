import FestivalModel

/// `index.html`: every festival with its ID, lifecycle, status and progress, festivals of one name (a
/// ritual's runs) grouped on one card; then the loose documents.
enum SiteIndexPage {
  static func render(_ context: PageContext) -> PageBody {
    var html: Markup = "<h1>Festivals</h1>\n"
    if context.history != nil {
      html += "<p>\(HTML.link(context.href("changes.html"), "Recent contract changes"))</p>\n"
    }
    let festivals = context.model.festivals
    let workspace = festivals.firstIndex(where: \.isWorkspace)
    if festivals.allSatisfy(\.isWorkspace) {
      html += "<p class=\"muted\">No festival was found in the content folder.</p>"
    } else {
      html += "<ul class=\"cards\">"
      for family in families(festivals) {
        html += family.count == 1 ? card(family[0], context) : group(family, context)
      }
      html += "</ul>"
    }
    if let workspace {
      let contract = festivals[workspace].interfaces
      let count =
        (contract?.components.count ?? 0) + (contract?.endpoints.count ?? 0) + (contract?.entities.count ?? 0)
        + (contract?.events.count ?? 0)
      html +=
        "<h2>Workspace contracts</h2><p>"
        + HTML.link(context.href(context.plan.festivals[workspace].home), festivals[workspace].name)
        + " <span class=\"muted\">\(count) interface elements from the documents outside every festival</span></p>"
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

  /// Festivals by what a reader would take for the same name: a ritual and its runs share their ID;
  /// others share their name. In order of first appearance.
  static func families(_ festivals: [Festival]) -> [[Int]] {
    var order: [String] = []
    var members: [String: [Int]] = [:]
    for (index, festival) in festivals.enumerated() where !festival.isWorkspace {
      let isRitual = festival.ritualRun != nil || festival.festivalID?.hasPrefix("RI-") == true
      let key =
        isRitual ? "ritual\u{0}" + (festival.festivalID ?? festival.name) : "name\u{0}" + festival.name
      if members[key] == nil { order.append(key) }
      members[key, default: []].append(index)
    }
    return order.map { members[$0]! }
  }

  private static func card(_ index: Int, _ context: PageContext) -> Markup {
    let festival = context.model.festivals[index]
    var html: Markup =
      "<li><h3>\(HTML.link(context.href(context.plan.festivals[index].home), festival.title))</h3>"
    html += "<p>" + badges(festival) + "</p>"
    if let goal = festival.goal { html += "<p>\(HTML.text(goal))</p>" }
    html += "<p>Tasks \(FestStateView.counts(festival.counts))</p></li>"
    return html
  }

  /// One card for several festivals of one name: a line per festival, the ritual template first.
  private static func group(_ family: [Int], _ context: PageContext) -> Markup {
    let festivals = context.model.festivals
    let first = festivals[family[0]]
    let isRitual = family.contains { festivals[$0].ritualRun != nil }
    var html: Markup = "<li class=\"card-group\"><h3>\(HTML.text(first.name))</h3>"
    html +=
      "<p class=\"muted\">\(family.count) \(isRitual ? "festivals: the ritual and its runs" : "festivals of this name")</p>"
    if let goal = first.goal { html += "<p>\(HTML.text(goal))</p>" }
    let ordered = family.sorted { lhs, rhs in
      (festivals[lhs].ritualRun ?? "", festivals[lhs].folderName) < (
        festivals[rhs].ritualRun ?? "", festivals[rhs].folderName
      )
    }
    html += "<ul class=\"runs\">"
    for index in ordered {
      let festival = festivals[index]
      let label = festival.ritualRun.map { "Run \($0)" } ?? festival.folderName
      html += "<li>" + HTML.link(context.href(context.plan.festivals[index].home), label) + " "
      html += badges(festival, withRun: false) + " " + FestStateView.counts(festival.counts) + "</li>"
    }
    return html + "</ul></li>"
  }

  /// ID, run, lifecycle folder and status, each telling this festival apart from its namesakes.
  static func badges(_ festival: Festival, withRun: Bool = true) -> Markup {
    var parts: [Markup] = []
    if let id = festival.festivalID { parts.append(HTML.badge(id, kind: "id")) }
    if withRun, let run = festival.ritualRun { parts.append(HTML.badge("run " + run, kind: "run")) }
    // The folder is the status; its badge says more only for the dungeon's buckets and dates.
    if let lifecycle = festival.lifecycle,
      festival.statusSource != .lifecycleFolder || lifecycle.contains("/") || festival.bucketDate != nil
    {
      let label = [lifecycle, festival.bucketDate].compactMap { $0 }.joined(separator: " · ")
      parts.append(HTML.badge(label, kind: "lifecycle"))
    }
    parts.append(StatusBadge.work(festival.status))
    if let contract = festival.interfaces { parts.append("interfaces " + StatusBadge.interface(contract)) }
    return parts.filter { !$0.isEmpty }.joined(separator: " ")
  }
}
