import Diagnostics

/// One difference between two contracts, classified by a rule, with the components it reaches.
public struct ContractChange: Hashable, Sendable, Codable {
  public var rule: DiffRule
  public var action: ChangeAction
  /// What changed, from the outside in: `Billing Service › Charge Invoice › amountMinor`.
  public var subject: [String]
  /// The change in a sentence.
  public var summary: String
  public var before: String?
  public var after: String?
  public var oldLocation: SourceLocation?
  public var newLocation: SourceLocation?
  /// The components the changed element belongs to (its owner, publisher, the service defining it).
  public var components: [String]
  /// The components the change affects: those using the changed element, as the contract says
  /// (docs/diff-rules.md, "Impact"). Their teams are who has to look.
  public var impact: [Impact] = []
  /// Components linked to the changed element's component whose use of the element the contract does
  /// not state, each with that reason.
  public var mayBeAffected: [Impact] = []

  public var severity: ChangeSeverity { rule.severity }
  public var kind: ElementKind { rule.kind }

  public init(
    rule: DiffRule, action: ChangeAction, subject: [String], summary: String, before: String? = nil,
    after: String? = nil, oldLocation: SourceLocation? = nil, newLocation: SourceLocation? = nil,
    components: [String] = []
  ) {
    self.rule = rule
    self.action = action
    self.subject = subject
    self.summary = summary
    self.before = before
    self.after = after
    self.oldLocation = oldLocation
    self.newLocation = newLocation
    self.components = components
  }
}
