import ChangeHistory
import ContractDiff
import FestivalModel

/// `changes.html`: the contract changes of the last commits that touched the content, newest first,
/// each commit with its author, date and message and its changes linked to the elements' pages.
enum ChangesPage {
  static func render(_ context: PageContext) -> PageBody {
    var html: Markup = "<h1>Contract changes</h1>\n"
    guard let history = context.history else { return PageBody(html: html) }
    html +=
      "<p class=\"muted\">The last \(history.commits.count) commit\(history.commits.count == 1 ? "" : "s") "
    html += "that touched the content, newest first.</p>\n"
    if let note = history.note { html += "<p class=\"note\">\(text: note)</p>\n" }
    for commit in history.commits {
      html += "<section class=\"commit\" id=\"\(attribute: anchor(commit))\">"
      html += "<h2><code>\(text: commit.shortID)</code> \(text: commit.message)</h2>"
      html += "<p class=\"muted\">\(text: commit.author), <time datetime=\"\(attribute: commit.date)\">"
      html += "\(text: String(commit.date.prefix(10)))</time></p>"
      let festivals = commit.diff.festivals.filter { !$0.changes.isEmpty }
      if festivals.isEmpty { html += "<p>No contract changes.</p>" }
      for festival in festivals { html += table(festival, context) }
      html += "</section>\n"
    }
    return PageBody(
      html: html, breadcrumbs: context.crumbs(festival: nil, [PageBody.Crumb(title: "Changes", href: nil)]))
  }

  static func anchor(_ commit: HistoryCommit) -> String { "commit-" + commit.shortID }

  /// One festival's changes in a commit: severity, what changed (linked to its page), the rule.
  static func table(_ festival: FestivalDiff, _ context: PageContext) -> Markup {
    let index = ChangeElement.festival(of: festival, in: context.model)
    let html: Markup = "<h3>\(text: festival.title)</h3>"
    let rows = festival.changes.map { change -> [Markup] in
      let subject = change.subject.joined(separator: " › ")
      let page = index.flatMap { festival in
        ChangeElement.element(of: change).flatMap { context.plan.festivals[festival].page(of: $0) }
          ?? context.plan.festivals[festival].interfaces
      }
      let what: Markup = page.map { HTML.link(context.href($0), subject) } ?? .text(subject)
      return [
        "<span class=\"badge badge-\(attribute: change.severity.rawValue)\">\(text: change.severity.rawValue)</span>",
        what + "<br>" + .text(change.summary), "<code>\(text: change.rule.id)</code>",
      ]
    }
    let table = HTML.table(["Severity", "Change", "Rule"], rows, className: "changes")
    // A long list of compatible changes (a contract's first commit adds every element) stays folded.
    if rows.count > 5 && festival.changes.allSatisfy({ $0.severity == .compatible }) {
      return html + "<details><summary>\(rows.count) compatible changes</summary>" + table + "</details>"
    }
    return html + table
  }

  /// "Last changed in …" for an element page: the newest commit of the feed with a change to it.
  static func lastChange(of element: ElementID, festival: Int, context: PageContext) -> Markup? {
    guard let history = context.history else { return nil }
    for commit in history.commits {
      for diff in commit.diff.festivals where ChangeElement.festival(of: diff, in: context.model) == festival
      {
        guard diff.changes.contains(where: { ChangeElement.element(of: $0) == element }) else { continue }
        let link = HTML.link(context.href("changes.html") + "#" + anchor(commit), commit.shortID)
        return "<p class=\"last-changed muted\">Last changed in \(link) by \(text: commit.author) on "
          + "\(text: String(commit.date.prefix(10))): \(text: commit.message)</p>"
      }
    }
    return nil
  }
}
