import Diagnostics

/// Every rule festdoc knows, for `--disable`, `rules:` in festdoc.yml and docs/rules.md: built from
/// `RuleID`, so a rule cannot be reported without being catalogued.
public enum RuleCatalog {
  public static let all: [Rule] = RuleID.allCases.map { Rule($0, $0.defaultSeverity, $0.summary) }

  public static func rule(_ id: String) -> Rule? {
    RuleID(rawValue: id).map { Rule($0, $0.defaultSeverity, $0.summary) }
  }
}
