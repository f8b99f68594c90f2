import FestivalModel
import Foundation

/// How phases, sequences and tasks are named on every page: their number as the folder writes it
/// (`002`, `01`), then their name.
enum PlanTitles {
  static func phase(_ phase: FestivalPhase, in festival: Festival? = nil) -> String {
    let number = phase.number.map { padded($0, to: 3) }
    return [number, named(phase.name, goal: phase.goalPath, in: festival, number: number)].compactMap { $0 }
      .joined(separator: " ")
  }

  static func sequence(_ sequence: FestivalSequence, in festival: Festival? = nil) -> String {
    let number = sequence.number.map { padded($0, to: 2) }
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
    var name = trimmed(title)
    let lowered = name.lowercased()
    for prefix in ["phase goal:", "sequence goal:", "phase:", "sequence:", "goal:"]
    where lowered.hasPrefix(prefix) {
      name = trimmed(name.dropFirst(prefix.count))
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
    (task.number.map { padded($0, to: 2) + " " } ?? "") + name(of: task.title)
  }

  /// A task's title without the template's `Task:` in front: the sidebar already says what it is.
  static func name(of title: String) -> String {
    let whole = trimmed(title)
    guard whole.utf8.count >= 5, whole.prefix(5).lowercased() == "task:" else { return whole }
    let rest = trimmed(whole.dropFirst(5))
    return rest.isEmpty ? whole : rest
  }

  /// `value` without the spaces and tabs around it (what `trimmingCharacters(in: .whitespaces)` drops),
  /// without Foundation's bridging: every page's plan tree and sidebar name each task this way.
  static func trimmed<Text: StringProtocol>(_ value: Text) -> String
  where Text.UTF8View: BidirectionalCollection, Text.UnicodeScalarView: BidirectionalCollection {
    value.trimmingSpaces()
  }

  /// `7` as `07` for two digits: the number as the folder writes it.
  static func padded(_ number: Int, to digits: Int) -> String {
    let text = String(number)
    return number < 0 || text.count >= digits
      ? text : String(repeating: "0", count: digits - text.count) + text
  }
}
