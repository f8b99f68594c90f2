/// Where a stakeholder's sign-off stands.
public enum SignOffState: String, Hashable, Sendable, Codable {
  case approved
  case changesNeeded = "changes_needed"
  case pending
}
