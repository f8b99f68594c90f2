/// One line of fest's `.fest/progress_events.jsonl`, as written.
public struct ProgressEvent: Hashable, Sendable, Codable {
  /// The line of the log it was read from.
  public var line: Int
  public var timestamp: String?
  /// `completed`, `blocked`, `wf_step_done` ...
  public var kind: String
  /// The festival-relative task path (or, in old logs, its bare file name).
  public var task: String?
  /// A workflow's phase folder, or `gate:<phase folder>` for its GATES.md.
  public var phase: String?
  public var step: Int?
  public var totalSteps: Int?
  public var reason: String?
  public var percent: Int?
  public var minutes: Int?

  public init(line: Int, kind: String) {
    self.line = line
    self.kind = kind
  }
}
