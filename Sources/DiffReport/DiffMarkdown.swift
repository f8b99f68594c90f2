import ContractDiff
import Foundation
import MarkupSafety

/// The diff as GitHub-flavoured markdown for a pull request comment: a summary line, a table per
/// festival, long lists folded into `<details>`.
public enum DiffMarkdown {
  /// Lists longer than this are folded.
  static let foldAfter = 10

  public static func render(_ diff: ContentDiff, sides: DiffSides) -> String {
    var out = "## Interface contract changes\n\n"
    out += "`\(code(sides.old))` → `\(code(sides.new))`: \(summary(diff))"
    for festival in diff.festivals where !festival.changes.isEmpty {
      out += "\n### \(text(festival.title))\n\n"
      let paths = [festival.oldPath, festival.newPath].compactMap { $0 }
      if let path = paths.last {
        out += "`\(code(path))`" + (Set(paths).count > 1 ? " (was `\(code(paths[0]))`)" : "") + "\n\n"
      }
      out += teams(AffectedTeams(festival.changes))
      let changes = ChangeOrder.sorted(festival.changes)
      let shown = changes.filter { $0.severity != .compatible }
      let compatible = changes.filter { $0.severity == .compatible }
      if !shown.isEmpty { out += table(shown) }
      if !compatible.isEmpty {
        if compatible.count > foldAfter || !shown.isEmpty {
          out +=
            "\n<details><summary>\(compatible.count) compatible change\(compatible.count == 1 ? "" : "s")</summary>\n\n"
          out += table(compatible) + "\n</details>\n"
        } else {
          out += table(compatible)
        }
      }
      out += impactSection(shown)
    }
    return out
  }

  /// One line per owner whose components the breaking and risky changes reach.
  static func teams(_ summary: AffectedTeams) -> String {
    guard !summary.teams.isEmpty else { return "" }
    var out = "**Who has to look**\n\n"
    for team in summary.teams {
      let counts = [(team.breaking, "breaking"), (team.risky, "risky")].filter { $0.0 > 0 }
        .map { "\($0.0) \($0.1)" }.joined(separator: ", ")
      out += "- **\(text(team.owner))** (\(counts)): \(text(team.components.joined(separator: ", ")))\n"
    }
    return out + "\n"
  }

  static func summary(_ diff: ContentDiff) -> String {
    let counts = ChangeSeverity.allCases.map { (severity: $0, count: diff.count($0)) }
    guard counts.contains(where: { $0.count > 0 }) else { return "no contract changes.\n" }
    return counts.map { "**\($0.count)** \($0.severity.rawValue)" }.joined(separator: ", ") + ".\n"
  }

  static func table(_ changes: [ContractChange]) -> String {
    var out = "| | Change | Rule | Affects |\n|---|---|---|---|\n"
    for change in changes {
      var what = "**\(text(ChangeOrder.subject(change)))**: \(text(change.summary))"
      switch (change.before, change.after) {
      case (let before?, let after?): what += " `\(code(before))` → `\(code(after))`"
      case (nil, let after?): what += " (`\(code(after))`)"
      case (let before?, nil): what += " (was `\(code(before))`)"
      case (nil, nil): break
      }
      var affects =
        change.impact.isEmpty ? "" : "\(change.impact.count) component\(change.impact.count == 1 ? "" : "s")"
      if !change.mayBeAffected.isEmpty {
        affects += (affects.isEmpty ? "" : ", ") + "\(change.mayBeAffected.count) may be"
      }
      out +=
        "| \(ChangeOrder.mark(change.severity)) \(change.severity.rawValue) | \(what) | `\(change.rule.id)` | \(affects) |\n"
    }
    return out
  }

  /// Who is affected by the breaking and risky changes, each with the chain that links it, then who
  /// may be, with the reason.
  static func impactSection(_ changes: [ContractChange]) -> String {
    let withImpact = changes.filter { !$0.impact.isEmpty || !$0.mayBeAffected.isEmpty }
    guard !withImpact.isEmpty else { return "" }
    var out = "\n**Affected components**\n"
    for change in withImpact {
      var lines = change.impact.map { impact -> String in
        let owner = impact.owner.map { " (\(text($0)))" } ?? ""
        return "- **\(text(impact.component))**\(owner): \(text(ChangeOrder.chain(impact)))\n"
      }
      lines += change.mayBeAffected.map { impact -> String in
        let owner = impact.owner.map { " (\(text($0)))" } ?? ""
        return
          "- may be: \(text(impact.component))\(owner): \(text(impact.reason ?? ChangeOrder.chain(impact)))\n"
      }
      var count = "\(change.impact.count) affected"
      if !change.mayBeAffected.isEmpty { count += ", \(change.mayBeAffected.count) may be" }
      if lines.count > 3 {
        // Markdown is not read inside the summary element: only HTML's own escapes apply there.
        let title = "\(HTMLEscaping.text(ChangeOrder.subject(change))) (\(change.rule.id)): \(count)"
        out += "\n<details><summary>\(title)</summary>\n\n" + lines.joined() + "\n</details>\n"
      } else {
        out += "\n\(text(ChangeOrder.subject(change))) (`\(change.rule.id)`): \(count)\n\n" + lines.joined()
      }
    }
    return out
  }

  /// Text in a table cell or list: no line breaks, no table pipes, no HTML, no markdown emphasis.
  static func text(_ value: String) -> String {
    var out = ""
    for character in value {
      switch character {
      case "\n", "\r", "\t": out += " "
      case "|": out += "\\|"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "*", "_", "`", "[", "]", "\\", "#", "~": out += "\\" + String(character)
      default: out.append(character)
      }
    }
    return out
  }

  /// Text inside a code span: backticks cannot be escaped there, so they become quotes.
  static func code(_ value: String) -> String {
    value.map { character -> String in
      switch character {
      case "`": "'"
      case "\n", "\r", "\t": " "
      case "|": "\\|"
      default: String(character)
      }
    }.joined()
  }
}
