/// A move of a festival between statuses, as fest recorded it.
public struct StatusChange: Hashable, Sendable, Codable {
  public enum Record: String, Hashable, Sendable, Codable {
    /// `metadata.status_history` in fest.yaml.
    case festYAML
    /// `.fest/status_history.json`.
    case statusHistory
  }

  public var timestamp: String?
  public var from: String?
  public var to: String
  public var path: String?
  public var notes: String?
  public var record: Record

  public init(
    timestamp: String?, from: String? = nil, to: String, path: String? = nil, notes: String? = nil,
    record: Record
  ) {
    self.timestamp = timestamp
    self.from = from
    self.to = to
    self.path = path
    self.notes = notes
    self.record = record
  }
}
