import FestivalModel
import Foundation

/// How phases, sequences and tasks are named on every page: their number as the folder writes it
/// (`002`, `01`), then their name.
enum PlanTitles {
  static func phase(_ phase: FestivalPhase) -> String {
    [phase.number.map { String(format: "%03d", $0) }, phase.name].compactMap { $0 }.joined(separator: " ")
  }

  static func sequence(_ sequence: FestivalSequence) -> String {
    [sequence.number.map { String(format: "%02d", $0) }, sequence.name].compactMap { $0 }.joined(
      separator: " ")
  }

  static func task(_ task: FestivalTask) -> String {
    (task.number.map { String(format: "%02d ", $0) } ?? "") + task.title
  }
}
