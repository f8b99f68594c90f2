/// A phase's `WORKFLOW.md` or `GATES.md`: its `## Step N:` steps and where fest's workflow events left them.
public struct WorkflowProgress: Hashable, Sendable, Codable {
  public struct Step: Hashable, Sendable, Codable {
    public var number: Int
    public var title: String
    /// pending, in_progress, completed, blocked, or `skipped` (kept as written).
    public var status: String
    /// The step's "Checkpoint:" text when it asks for approval.
    public var checkpoint: String?

    public init(number: Int, title: String, status: String, checkpoint: String?) {
      self.number = number
      self.title = title
      self.status = status
      self.checkpoint = checkpoint
    }

    public var isDone: Bool { status == "completed" || status == "skipped" }
  }

  public var documentPath: String
  public var steps: [Step]
  /// Whether fest started the workflow (a `wf_init` event).
  public var started: Bool
  /// The step fest is on, once started.
  public var current: Int?

  public init(documentPath: String, steps: [Step], started: Bool, current: Int?) {
    self.documentPath = documentPath
    self.steps = steps
    self.started = started
    self.current = current
  }

  /// Done when every step is completed or skipped.
  public var isDone: Bool { started && !steps.isEmpty && steps.allSatisfy(\.isDone) }

  public var completedSteps: Int { steps.filter(\.isDone).count }

  /// not started, in progress or completed, in the methodology's words.
  public var status: KnownStatus {
    if isDone { return .completed }
    if steps.contains(where: { $0.status == "blocked" }) { return .blocked }
    return started ? .inProgress : .pending
  }
}
