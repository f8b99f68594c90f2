/// A sequence: tasks in number order, same-number tasks forming parallel groups.
public struct FestivalSequence: Hashable, Sendable, Codable {
  public var number: Int?
  public var name: String
  public var path: String
  public var goalPath: String?
  public var status: WorkStatus?
  public var tasks: [FestivalTask]
  /// Other documents of the sequence folder (`results/`, notes), by path.
  public var supportingPaths: [String] = []

  public init(
    number: Int?, name: String, path: String, goalPath: String?, status: WorkStatus?, tasks: [FestivalTask]
  ) {
    self.number = number
    self.name = name
    self.path = path
    self.goalPath = goalPath
    self.status = status
    self.tasks = tasks
  }

  public var counts: TaskCounts { TaskCounts(tasks) }

  /// Tasks grouped by number; a group of more than one runs in parallel.
  public var taskGroups: [[FestivalTask]] {
    var groups: [[FestivalTask]] = []
    for task in tasks {
      if let number = task.number, let last = groups.last?.first, last.number == number {
        groups[groups.count - 1].append(task)
      } else {
        groups.append([task])
      }
    }
    return groups
  }
}
