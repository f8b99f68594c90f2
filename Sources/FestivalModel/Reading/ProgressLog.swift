/// fest's event log folded as `fest progress` folds it: in file order, the last event of each task
/// deciding its status (`reset` undoes `completed`), and each workflow's steps replayed.
struct ProgressLog {
  struct TaskRecord {
    var state: TaskState
    /// The line of the last event, where a finding about the key points.
    var line: Int
    var events: [ProgressEvent] = []
  }

  struct WorkflowRecord {
    var totalSteps = 0
    var steps: [Int: String] = [:]
    var current = 1
  }

  private(set) var tasks: [String: TaskRecord] = [:]
  /// Keys in order of first appearance, for findings in a stable order.
  private(set) var taskKeys: [String] = []
  private(set) var workflows: [String: WorkflowRecord] = [:]

  init(_ events: [ProgressEvent]) {
    for event in events {
      if let key = event.task, FestEventLogReader.taskKinds.contains(event.kind) {
        apply(event, to: key)
      } else if let phase = event.phase {
        var record = workflows[phase] ?? WorkflowRecord()
        Self.apply(event, to: &record)
        workflows[phase] = record
      }
    }
  }

  private mutating func apply(_ event: ProgressEvent, to key: String) {
    if tasks[key] == nil { taskKeys.append(key) }
    var record =
      tasks[key] ?? TaskRecord(state: TaskState(status: .pending, source: .events), line: event.line)
    var state = record.state
    switch event.kind {
    case "started": state = TaskState(status: .inProgress, source: .events, since: event.timestamp)
    case "completed": state = TaskState(status: .completed, source: .events, since: event.timestamp)
    case "blocked":
      state = TaskState(
        status: .blocked, source: .events, blockedReason: event.reason, since: event.timestamp)
    case "reset": state = TaskState(status: .pending, source: .events, since: event.timestamp)
    case "unblocked":
      if state.status == .blocked {
        state = TaskState(status: .inProgress, source: .events, since: event.timestamp)
      }
    case "progress":
      state.percent = event.percent
      if state.status == .pending, (event.percent ?? 0) > 0 {
        state.status = .inProgress
        state.since = event.timestamp
      }
    default: break
    }
    record.state = state
    record.line = event.line
    record.events.append(event)
    tasks[key] = record
  }

  private static func apply(_ event: ProgressEvent, to record: inout WorkflowRecord) {
    let step = event.step ?? record.current
    switch event.kind {
    case "wf_init":
      record = WorkflowRecord(totalSteps: max(0, min(event.totalSteps ?? 0, 1000)))
      for number in stride(from: 1, through: record.totalSteps, by: 1) { record.steps[number] = "pending" }
    case "wf_step_start": record.steps[step] = "in_progress"
    case "wf_step_done": record.steps[step] = "completed"
    case "wf_step_block": record.steps[step] = "blocked"
    case "wf_step_skip": record.steps[step] = "skipped"
    case "wf_advance": record.current = step
    case "wf_reset":
      for number in record.steps.keys { record.steps[number] = "pending" }
      record.current = 1
    default: break
    }
  }

  /// The record of a task at its festival-relative path, or under its bare file name as old logs wrote it.
  func record(forTaskAt relativePath: String) -> TaskRecord? {
    if let record = tasks[relativePath] { return record }
    let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
    return tasks[name]
  }
}
