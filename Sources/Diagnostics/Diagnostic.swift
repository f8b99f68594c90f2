/// One finding about the input, with a stable rule id in `area.name` form (`names.unknown`).
public struct Diagnostic: Hashable, Sendable, Codable {
  public var severity: Severity
  public var rule: RuleID
  public var message: String
  public var location: SourceLocation?
  /// A suggestion the author can apply, if there is an obvious one.
  public var fix: String?

  public init(
    _ severity: Severity, rule: RuleID, message: String, at location: SourceLocation?, fix: String? = nil
  ) {
    self.severity = severity
    self.rule = rule
    self.message = message
    self.location = location
    self.fix = fix
  }
}
