/// A task of a sequence (or phase): its number, name, document, status and own checklist.
public struct FestivalTask: Hashable, Sendable, Codable {
  public var number: Int?
  public var name: String
  public var path: String
  public var title: String
  /// The status its front matter writes, which fest does not use for progress.
  public var status: WorkStatus?
  /// The task's own checkboxes: a secondary figure beside its status.
  public var progress: Progress
  /// The status fest reports, from its events or, without them, the checkboxes.
  public var state: TaskState
  /// A quality-gate task (`fest_type: gate`), which fest counts as a task.
  public var isGate = false
  /// fest's events about this task, in log order.
  public var events: [ProgressEvent] = []

  public init(
    number: Int?, name: String, path: String, title: String, status: WorkStatus?, progress: Progress
  ) {
    self.number = number
    self.name = name
    self.path = path
    self.title = title
    self.status = status
    self.progress = progress
    self.state = TaskState(status: progress.status, source: .checkboxes)
  }

  /// The status fest would report (see `state`).
  public var effectiveStatus: KnownStatus { state.status }
}
