import ContractDiff
import Diagnostics
import FestivalChecks

/// A rule as SARIF's `reportingDescriptor` describes it: its id, what it reports (markdown as the docs
/// write it, and as plain text), its default level, and the page that explains it.
public struct RuleDescription: Hashable, Sendable {
  public var id: String
  public var summary: String
  public var level: Finding.Level
  /// `docs/rules.md` or `docs/diff-rules.md`: where the rule is explained in festdoc's docs.
  public var document: String

  /// Every rule of `festdoc check`, from the rule catalog that docs/rules.md is tested against.
  public static let checks: [RuleDescription] = RuleCatalog.all.map {
    RuleDescription(id: $0.id.id, summary: $0.summary, level: Finding.Level($0.severity), document: "rules")
  }

  /// Every rule of `festdoc diff`, worded as docs/diff-rules.md words them.
  public static let changes: [RuleDescription] = DiffRule.allCases.map { rule in
    let level: Finding.Level =
      switch rule.severity {
      case .breaking: .error
      case .risky: .warning
      case .compatible: .note
      }
    return RuleDescription(id: rule.id, summary: rule.summary, level: level, document: "diff-rules")
  }

  /// The summary without markdown's `**` and backquotes.
  public var plainSummary: String {
    summary.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
  }

  /// Where the rule's page is when `festdoc.yml` says where festdoc's docs live (`docs_url`): `{rule}`
  /// and `{page}` in the pattern become the rule id and `rules` or `diff-rules`; a pattern without them
  /// gets `<page>.md#<rule>` appended. Nil without a pattern, or for one that is not http(s).
  public func helpURL(_ pattern: String?) -> String? {
    guard let pattern, pattern.hasPrefix("https://") || pattern.hasPrefix("http://") else { return nil }
    if pattern.contains("{rule}") || pattern.contains("{page}") {
      return pattern.replacingOccurrences(of: "{rule}", with: id).replacingOccurrences(
        of: "{page}", with: document)
    }
    return (pattern.hasSuffix("/") ? pattern : pattern + "/") + document + ".md#" + id
  }
}
