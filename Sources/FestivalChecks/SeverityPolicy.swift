import Diagnostics

/// Decides each finding's final severity: `rules:` in festdoc.yml first, then `--disable`, then
/// `--warnings-as-errors`. A rule set to `off` or disabled is dropped.
public struct SeverityPolicy: Sendable {
  public var overrides: [String: Severity?] = [:]
  public var disabled: Set<String> = []
  public var warningsAsErrors = false

  public init() {}

  /// The policy of a configuration's `rules:`, with a diagnostic for each setting festdoc cannot use.
  public static func from(rules: [String: String], lines: [String: Int], path: String?) -> (
    SeverityPolicy, [Diagnostic]
  ) {
    var policy = SeverityPolicy()
    var findings: [Diagnostic] = []
    for (rule, value) in rules.sorted(by: { $0.key < $1.key }) {
      let location = path.map { SourceLocation(file: $0, line: lines[rule] ?? 1, column: 1) }
      guard RuleCatalog.rule(rule) != nil else {
        findings.append(
          Diagnostic(
            .warning, rule: .configUnknownRule, message: "festdoc.yml names no rule '\(rule)'",
            at: location,
            fix: "see docs/rules.md for the rule ids"))
        continue
      }
      switch value {
      case "off", "none", "false", "disabled": policy.overrides[rule] = .some(nil)
      case "error": policy.overrides[rule] = .error
      case "warning", "warn": policy.overrides[rule] = .warning
      case "note", "info": policy.overrides[rule] = .note
      default:
        findings.append(
          Diagnostic(
            .warning, rule: .configUnknownRule, message: "rule '\(rule)' cannot be set to '\(value)'",
            at: location, fix: "use error, warning, note or off"))
      }
    }
    return (policy, findings)
  }

  public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.compactMap { diagnostic in
      var result = diagnostic
      if disabled.contains(diagnostic.rule.id) { return nil }
      if let override = overrides[diagnostic.rule.id] {
        guard let severity = override else { return nil }
        result.severity = severity
      }
      if warningsAsErrors && result.severity == .warning { result.severity = .error }
      return result
    }
  }
}
