/// The statuses the methodology defines for festivals, phases, sequences, tasks and gates.
public enum KnownStatus: String, Hashable, Sendable, Codable, CaseIterable {
  case planned
  case planning
  case ready
  case active
  case pending
  case inProgress = "in_progress"
  case blocked
  case completed
  case dungeon
  case passed
  case failed
  case archived
  case someday
  /// A festival kept under `ritual/` as a template for repeated runs.
  case ritual
}
