import ContractDiff
import MarkupSafety

/// The diff as one standalone HTML page to attach to a review: inline style, the dependency graph with
/// changed and affected components marked, then every change by severity with its impact.
public enum DiffHTML {
  public static func render(_ diff: ContentDiff, sides: DiffSides) -> String {
    let title = "Interface contract changes: \(sides.old) → \(sides.new)"
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="color-scheme" content="light dark">
      <meta name="generator" content="festdoc \(text(sides.version))">
      <title>\(text(title))</title>
      <style>\(DiffStyle.css)</style>
      </head>
      <body>
      <main>
      <header>
      <h1>Interface contract changes</h1>
      <p class="sides"><code>\(text(sides.old))</code> → <code>\(text(sides.new))</code></p>
      <p class="summary">\(summary(diff))</p>
      </header>

      """
    if diff.changes.isEmpty { out += "<p>The two sides have the same contracts.</p>\n" }
    for (number, festival) in diff.festivals.enumerated() where !festival.changes.isEmpty {
      out += section(festival, number: number + 1)
    }
    out += "</main>\n<footer>Written by festdoc \(text(sides.version)).</footer>\n</body>\n</html>\n"
    return out
  }

  static func summary(_ diff: ContentDiff) -> String {
    ChangeSeverity.allCases.map { severity in
      "<span class=\"badge \(severity.rawValue)\">\(diff.count(severity)) \(severity.rawValue)</span>"
    }.joined(separator: " ")
  }

  static func section(_ festival: FestivalDiff, number: Int) -> String {
    var out = "<section aria-labelledby=\"festival-\(number)\">\n"
    out += "<h2 id=\"festival-\(number)\">\(text(festival.title))</h2>\n"
    let paths = [festival.oldPath, festival.newPath].compactMap { $0 }
    if let path = paths.last {
      out += "<p class=\"path\"><code>\(text(path))</code>"
      if Set(paths).count > 1 { out += " (was <code>\(text(paths[0]))</code>)" }
      out += "</p>\n"
    }
    if let svg = DiffGraph.svg(festival, idSeed: "diff\(number)\u{0}\(festival.title)") {
      out += "<figure class=\"graph\">\n\(svg)<figcaption>"
      out += "<span class=\"key changed\">changed</span> <span class=\"key affected\">affected</span> "
      out +=
        "<span class=\"key removed\">removed</span> by the breaking and risky changes</figcaption>\n</figure>\n"
    }
    out += teams(AffectedTeams(festival.changes))
    let changes = ChangeOrder.sorted(festival.changes)
    for severity in ChangeSeverity.allCases {
      let group = changes.enumerated().filter { $0.element.severity == severity }
      guard !group.isEmpty else { continue }
      out += "<h3 class=\"\(severity.rawValue)\">\(severity.rawValue.capitalized) (\(group.count))</h3>\n"
      out +=
        "<table class=\"changes\">\n<thead><tr><th scope=\"col\">Change</th><th scope=\"col\">Before</th>"
      out += "<th scope=\"col\">After</th><th scope=\"col\">Affects</th></tr></thead>\n<tbody>\n"
      for (index, change) in group {
        out += row(change, id: "change-\(number)-\(index + 1)")
      }
      out += "</tbody>\n</table>\n"
    }
    return out + "</section>\n"
  }

  /// The owners to ask, before the changes one by one.
  static func teams(_ summary: AffectedTeams) -> String {
    guard !summary.teams.isEmpty else { return "" }
    var out = "<h3>Who has to look</h3>\n<table class=\"teams\">\n<thead><tr><th scope=\"col\">Owner</th>"
    out += "<th scope=\"col\">Affected components</th><th scope=\"col\">Breaking</th>"
    out += "<th scope=\"col\">Risky</th></tr></thead>\n<tbody>\n"
    for team in summary.teams {
      out += "<tr><td>\(text(team.owner))</td><td>\(text(team.components.joined(separator: ", ")))</td>"
      out += "<td>\(team.breaking)</td><td>\(team.risky)</td></tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  static func row(_ change: ContractChange, id: String) -> String {
    var out = "<tr id=\"\(id)\" class=\"\(change.severity.rawValue)\">"
    out += "<td><strong>\(text(ChangeOrder.subject(change)))</strong><br>\(text(change.summary))"
    out += "<br><code class=\"rule\">\(text(change.rule.id))</code>"
    if let location = change.newLocation ?? change.oldLocation {
      out += " <span class=\"where\">\(text("\(location.file):\(location.line)"))</span>"
    }
    out += "</td><td data-label=\"Before\">\(value(change.before))</td>"
    out += "<td data-label=\"After\">\(value(change.after))</td><td data-label=\"Affects\">"
    if !change.impact.isEmpty {
      // Short lists stay open so a printed report shows them.
      out += change.impact.count <= 5 ? "<details open>" : "<details>"
      out += "<summary>\(change.impact.count) component\(change.impact.count == 1 ? "" : "s")</summary><ul>"
      for impact in change.impact {
        out += "<li><strong>\(text(impact.component))</strong>"
        if let owner = impact.owner { out += " <span class=\"owner\">(\(text(owner)))</span>" }
        out += "<br><span class=\"chain\">\(text(ChangeOrder.chain(impact)))</span></li>"
      }
      out += "</ul></details>"
    }
    if !change.mayBeAffected.isEmpty {
      // Linked to the changed element's component, but the contract does not say they use it.
      out += "<details class=\"may-be\"><summary>\(change.mayBeAffected.count) may be affected</summary><ul>"
      for impact in change.mayBeAffected {
        out += "<li>\(text(impact.component))"
        if let owner = impact.owner { out += " <span class=\"owner\">(\(text(owner)))</span>" }
        out += "<br><span class=\"chain\">\(text(impact.reason ?? ChangeOrder.chain(impact)))</span></li>"
      }
      out += "</ul></details>"
    }
    return out + "</td></tr>\n"
  }

  static func value(_ value: String?) -> String {
    guard let value, !value.isEmpty else { return "" }
    return "<code>\(text(value))</code>"
  }

  static func text(_ value: String) -> String { HTMLEscaping.text(value) }
}
