/// Tasks counted by status, as `fest progress` sums them for a sequence, a phase or a festival.
public struct TaskCounts: Hashable, Sendable, Codable {
  public var total = 0
  public var completed = 0
  public var inProgress = 0
  public var blocked = 0
  public var pending = 0

  public init() {}

  public init(_ tasks: [FestivalTask]) {
    for task in tasks { add(task.state.status) }
  }

  public mutating func add(_ status: KnownStatus) {
    total += 1
    switch status {
    case .completed, .passed: completed += 1
    case .inProgress, .active: inProgress += 1
    case .blocked, .failed: blocked += 1
    default: pending += 1
    }
  }

  /// fest's figure: completed × 100 / total, rounded down; 0 with no tasks.
  public var percentage: Int { total == 0 ? 0 : completed * 100 / total }

  public static func + (lhs: TaskCounts, rhs: TaskCounts) -> TaskCounts {
    var sum = lhs
    sum.total += rhs.total
    sum.completed += rhs.completed
    sum.inProgress += rhs.inProgress
    sum.blocked += rhs.blocked
    sum.pending += rhs.pending
    return sum
  }
}
