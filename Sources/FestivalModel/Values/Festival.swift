import ContentReader

/// One festival: its documents, planning tree and interface contract.
public struct Festival: Hashable, Sendable, Encodable {
  /// The folder name; the site's slug for this festival.
  public var folderName: String
  public var path: String
  public var name: String
  public var festivalID: String?
  public var generation: FestivalGeneration
  public var lifecycle: String?
  public var bucketDate: String?
  public var status: WorkStatus?
  /// What decided `status`: the lifecycle folder, fest's records, or front matter.
  public var statusSource: StatusSource?
  /// The run of a ritual (`000B`), whose ID is the ritual's.
  public var ritualRun: String?
  /// Not a festival: the contract of the loose documents, with pages of its own.
  public var isWorkspace = false
  /// `metadata.festival_type` of fest.yaml (standard, implementation, ritual ...).
  public var festivalType: String?
  /// Every status move fest recorded, from fest.yaml and `.fest/status_history.json`, oldest first.
  public var history: [StatusChange] = []
  /// The first paragraph of FESTIVAL_GOAL.md or FESTIVAL_OVERVIEW.md.
  public var goal: String?
  /// `fest.yaml`, parsed.
  public var config: YAMLValue?
  public var documents: [Document]
  public var phases: [FestivalPhase]
  public var interfaces: InterfaceContract?

  public init(
    folderName: String, path: String, name: String, festivalID: String?, generation: FestivalGeneration,
    lifecycle: String?, bucketDate: String?, status: WorkStatus?, goal: String?, config: YAMLValue?,
    documents: [Document], phases: [FestivalPhase], interfaces: InterfaceContract?
  ) {
    self.folderName = folderName
    self.path = path
    self.name = name
    self.festivalID = festivalID
    self.generation = generation
    self.lifecycle = lifecycle
    self.bucketDate = bucketDate
    self.status = status
    self.goal = goal
    self.config = config
    self.documents = documents
    self.phases = phases
    self.interfaces = interfaces
  }

  /// The name with what tells it apart from its namesakes: `agent-market-research (RI-AM0001 run 000B)`.
  public var title: String {
    var parts: [String] = []
    if let festivalID, !name.contains(festivalID) { parts.append(festivalID) }
    if let ritualRun { parts.append("run " + ritualRun) }
    return parts.isEmpty ? name : "\(name) (\(parts.joined(separator: " ")))"
  }

  public var counts: TaskCounts { phases.map(\.counts).reduce(TaskCounts(), +) }

  public var allTasks: [FestivalTask] { phases.flatMap(\.allTasks) }

  /// What `fest next` would offer: the first task in plan order that is in progress, else the first
  /// pending one; blocked tasks wait.
  public var nextTask: FestivalTask? {
    let tasks = allTasks
    return tasks.first { $0.state.status == .inProgress } ?? tasks.first { $0.state.status == .pending }
  }

  /// The document at `path`. The reader lists documents sorted by path, so a binary search finds it;
  /// where it does not (documents put together in another order), every document is looked at.
  public func document(at path: String) -> Document? {
    var low = 0
    var high = documents.count
    while low < high {
      let middle = (low + high) / 2
      if documents[middle].path < path { low = middle + 1 } else { high = middle }
    }
    if low < documents.count && documents[low].path == path { return documents[low] }
    return documents.first { $0.path == path }
  }

  /// The task whose file is at `path`, looked for only in the phase and sequence folders that hold it.
  public func task(at path: String) -> FestivalTask? {
    for phase in phases where path.hasPrefix(phase.path + "/") {
      if let task = phase.tasks.first(where: { $0.path == path }) { return task }
      for sequence in phase.sequences where path.hasPrefix(sequence.path + "/") {
        if let task = sequence.tasks.first(where: { $0.path == path }) { return task }
      }
    }
    return nil
  }
}
