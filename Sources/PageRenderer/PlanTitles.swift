import FestivalModel
import Foundation

/// How phases, sequences and tasks are named on every page: their number as the folder writes it
/// (`002`, `01`), then their name.
enum PlanTitles {
  static func phase(_ phase: FestivalPhase, in festival: Festival? = nil) -> String {
    let number = phase.number.map { String(format: "%03d", $0) }
    return [number, named(phase.name, goal: phase.goalPath, in: festival, number: number)].compactMap { $0 }
      .joined(separator: " ")
  }

  static func sequence(_ sequence: FestivalSequence, in festival: Festival? = nil) -> String {
    let number = sequence.number.map { String(format: "%02d", $0) }
    return [number, named(sequence.name, goal: sequence.goalPath, in: festival, number: number)].compactMap {
      $0
    }
    .joined(separator: " ")
  }

  /// The name its goal document gives (`Sequence Goal: User Acceptance` -> `User Acceptance`), so the
  /// sidebar and the page it opens agree; the folder's name when the goal says no more than that.
  private static func named(_ folderName: String, goal: String?, in festival: Festival?, number: String?)
    -> String
  {
    guard let title = goal.flatMap({ festival?.document(at: $0)?.title }) else { return folderName }
    var name = title.trimmingCharacters(in: .whitespaces)
    for prefix in ["phase goal:", "sequence goal:", "phase:", "sequence:", "goal:"]
    where name.lowercased().hasPrefix(prefix) {
      name = name.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
      break
    }
    // The goal's words (`Webhook receiver`) read better than the folder's (`webhook_receiver`), unless
    // they are the folder's name again or still the template's blank.
    let folded = TextFolding.fold(name)
    if folded.isEmpty || name == folderName || name == (number ?? "") + "_" + folderName
      || (name.hasPrefix("[") && name.hasSuffix("]")) || name.contains("[REPLACE")
    {
      return folderName
    }
    return name
  }

  static func task(_ task: FestivalTask) -> String {
    (task.number.map { String(format: "%02d ", $0) } ?? "") + name(of: task.title)
  }

  /// A task's title without the template's `Task:` in front: the sidebar already says what it is.
  static func name(of title: String) -> String {
    let trimmed = title.trimmingCharacters(in: .whitespaces)
    guard trimmed.lowercased().hasPrefix("task:") else { return trimmed }
    let rest = trimmed.dropFirst(5).trimmingCharacters(in: .whitespaces)
    return rest.isEmpty ? trimmed : rest
  }
}
