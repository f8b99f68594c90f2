/// A task's status as `fest progress` resolves it, with what decided it.
public struct TaskState: Hashable, Sendable, Codable {
  /// pending, in_progress, blocked or completed (other front matter statuses of v1 festivals as written).
  public var status: KnownStatus
  public var source: StatusSource
  /// Why the task is blocked, from its `blocked` event.
  public var blockedReason: String?
  /// The time of the event that decided the status.
  public var since: String?
  /// A `progress` event's percentage.
  public var percent: Int?

  public init(
    status: KnownStatus, source: StatusSource, blockedReason: String? = nil, since: String? = nil,
    percent: Int? = nil
  ) {
    self.status = status
    self.source = source
    self.blockedReason = blockedReason
    self.since = since
    self.percent = percent
  }
}
