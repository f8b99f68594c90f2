/// A phase: sequences in number order, plus any tasks filed straight in the phase.
public struct FestivalPhase: Hashable, Sendable, Codable {
  public var number: Int?
  public var name: String
  public var path: String
  public var goalPath: String?
  public var status: WorkStatus?
  public var phaseType: String?
  public var sequences: [FestivalSequence]
  public var tasks: [FestivalTask]
  /// The phase's other documents (`WORKFLOW.md`, `input_specs/`, `decisions/` ...), by path.
  public var supportingPaths: [String] = []
  /// `WORKFLOW.md`'s steps and fest's progress through them.
  public var workflow: WorkflowProgress?
  /// `GATES.md`'s steps (the phase gate) and fest's progress through them.
  public var gates: WorkflowProgress?

  public init(
    number: Int?, name: String, path: String, goalPath: String?, status: WorkStatus?, phaseType: String?,
    sequences: [FestivalSequence], tasks: [FestivalTask]
  ) {
    self.number = number
    self.name = name
    self.path = path
    self.goalPath = goalPath
    self.status = status
    self.phaseType = phaseType
    self.sequences = sequences
    self.tasks = tasks
  }

  public var allTasks: [FestivalTask] { sequences.flatMap(\.tasks) + tasks }

  public var counts: TaskCounts { TaskCounts(allTasks) }
}
