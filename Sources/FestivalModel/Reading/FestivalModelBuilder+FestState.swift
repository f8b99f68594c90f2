import ContentReader
import Diagnostics
import Markdown

/// fest's state laid over a festival read from its files: each task's status from the event log (else
/// its checkboxes), each phase's workflow and gate steps, the festival's status from its lifecycle
/// folder and its recorded history.
extension FestivalModelBuilder {
  static func applyFestState(
    _ festival: inout Festival, tree: FestivalTree, documents: [String: Document]
  ) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    var log = ProgressLog([])
    if let file = tree.progressEvents {
      let (events, found) = FestEventLogReader.read(file)
      findings += found
      log = ProgressLog(events)
    }
    let prefix = tree.path.isEmpty ? "" : tree.path + "/"
    for phase in festival.phases.indices {
      festival.phases[phase].tasks = festival.phases[phase].tasks.map {
        resolved($0, festival.generation, log, prefix, documents)
      }
      for sequence in festival.phases[phase].sequences.indices {
        festival.phases[phase].sequences[sequence].tasks = festival.phases[phase].sequences[sequence].tasks
          .map {
            resolved($0, festival.generation, log, prefix, documents)
          }
      }
      let folder = String(festival.phases[phase].path.dropFirst(prefix.count))
      festival.phases[phase].workflow = workflow(
        festival.phases[phase].path + "/WORKFLOW.md", log.workflows[folder], documents)
      festival.phases[phase].gates = workflow(
        festival.phases[phase].path + "/GATES.md", log.workflows["gate:" + folder], documents)
    }
    if let file = tree.progressEvents { findings += unknownTasks(log, festival, prefix: prefix, file: file) }
    findings += applyStatus(&festival, tree: tree)
    return findings
  }

  private static func resolved(
    _ task: FestivalTask, _ generation: FestivalGeneration, _ log: ProgressLog, _ prefix: String,
    _ documents: [String: Document]
  ) -> FestivalTask {
    var task = task
    task.isGate = documents[task.path]?.frontMatter.text("fest_type")?.lowercased() == "gate"
    if generation == .festEra, let record = log.record(forTaskAt: String(task.path.dropFirst(prefix.count))) {
      task.state = record.state
      task.events = record.events
    } else if generation == .v1, let known = task.status?.known {
      // fest does not track v1 festivals; their authors keep status in front matter.
      task.state = TaskState(status: known, source: .frontMatter)
    } else {
      task.state = TaskState(status: task.progress.status, source: .checkboxes)
    }
    return task
  }

  /// Keys of the log that name no task: fest keeps them but they count for nothing.
  private static func unknownTasks(
    _ log: ProgressLog, _ festival: Festival, prefix: String, file: ContentFile
  )
    -> [Diagnostic]
  {
    let tasks = festival.allTasks.map { String($0.path.dropFirst(prefix.count)) }
    let paths = Set(tasks)
    let names = Set(tasks.map { $0.split(separator: "/").last.map(String.init) ?? $0 })
    return log.taskKeys.compactMap { key in
      guard !paths.contains(key), key.contains("/") || !names.contains(key), let record = log.tasks[key]
      else { return nil }
      return FestEventLogReader.warning(
        .festEventUnknownTask,
        "events name '\(key.prefix(120))', which is no task of this festival (renamed or removed?); fest counts them for nothing",
        file, record.line)
    }
  }

  /// A phase's WORKFLOW.md or GATES.md with its steps and what the events say of them.
  private static func workflow(
    _ path: String, _ record: ProgressLog.WorkflowRecord?, _ documents: [String: Document]
  ) -> WorkflowProgress? {
    guard let document = documents[path] else { return nil }
    var steps = WorkflowSteps.read(document.body)
    let total = max(steps.count, record?.totalSteps ?? 0)
    for number in stride(from: steps.count + 1, through: total, by: 1) {
      steps.append(
        WorkflowProgress.Step(number: number, title: "Step \(number)", status: "pending", checkpoint: nil))
    }
    if let record {
      for index in steps.indices { steps[index].status = record.steps[steps[index].number] ?? "pending" }
    }
    return WorkflowProgress(
      documentPath: path, steps: steps, started: record != nil, current: record?.current)
  }
}
