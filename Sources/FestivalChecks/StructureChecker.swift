import Diagnostics
import FestivalModel
import Foundation

/// Festival structure as `fest validate` enforces it: names, numbering without gaps, and the documents a
/// festival (and, in fest-era trees, each phase and sequence) must have.
struct StructureChecker: FestivalChecker {

  func check(_ festival: Festival) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let root = festival.path.isEmpty ? "." : festival.path
    for required in ["FESTIVAL_OVERVIEW.md", "FESTIVAL_RULES.md"] {
      let written = festival.path.isEmpty ? required : festival.path + "/" + required
      let path = written.lowercased()
      // Lengths first (the festival's part is the same bytes, the name ASCII in any case): lower-casing
      // every document's path twice a build showed at thousands of tasks.
      let length = written.utf8.count
      if !festival.documents.contains(where: { $0.path.utf8.count == length && $0.path.lowercased() == path })
      {
        found.append(
          Diagnostic(
            .warning, rule: .structureMissingDocument, message: "the festival has no \(required)",
            at: at(root), fix: "add \(required) at the festival root"))
      }
    }
    found += numbering(festival.phases.map { ($0.number, $0.path) }, what: "phase")
    for phase in festival.phases {
      let name = folderName(phase.path)
      if !NumberedName.phase.matches(name) {
        found.append(
          Diagnostic(
            .warning, rule: .structurePhaseName,
            message:
              "phase folder '\(name)' is not named like 001_NAME (three digits, an underscore, capitals)",
            at: at(phase.path), fix: "rename it to \(suggestedPhaseName(phase))"))
      }
      if festival.generation == .festEra && phase.goalPath == nil {
        found.append(
          Diagnostic(
            .warning, rule: .structureMissingGoal, message: "phase '\(name)' has no PHASE_GOAL.md",
            at: at(phase.path), fix: "add PHASE_GOAL.md saying what the phase must achieve"))
      }
      found += numbering(phase.sequences.map { ($0.number, $0.path) }, what: "sequence")
      for sequence in phase.sequences {
        let sequenceName = folderName(sequence.path)
        if !NumberedName.sequence.matches(sequenceName) {
          found.append(
            Diagnostic(
              .warning, rule: .structureSequenceName,
              message:
                "sequence folder '\(sequenceName)' is not named like 01_name (two digits, an underscore, lower case)",
              at: at(sequence.path)))
        }
        if festival.generation == .festEra && sequence.goalPath == nil {
          found.append(
            Diagnostic(
              .warning, rule: .structureMissingGoal,
              message: "sequence '\(sequenceName)' has no SEQUENCE_GOAL.md",
              at: at(sequence.path), fix: "add SEQUENCE_GOAL.md saying what the sequence delivers"))
        }
        found += tasks(sequence.tasks)
      }
      found += tasks(phase.tasks)
    }
    return found
  }

  private func tasks(_ tasks: [FestivalTask]) -> [Diagnostic] {
    var found = numbering(tasks.map { ($0.number, $0.path) }, what: "task")
    for task in tasks where !NumberedName.task.matches(folderName(task.path)) {
      found.append(
        Diagnostic(
          .warning, rule: .structureTaskName,
          message:
            "task file '\(folderName(task.path))' is not named like 01_name.md (two digits, an underscore, lower case)",
          at: SourceLocation(file: task.path, line: 1, column: 1)))
    }
    return found
  }

  /// Numbers must start at 1 and leave no gap; repeated numbers are parallel tasks and fine.
  private func numbering(_ items: [(Int?, String)], what: String) -> [Diagnostic] {
    var expected = 1
    var found: [Diagnostic] = []
    for (number, path) in items {
      guard let number else { continue }
      if number == expected - 1 { continue }
      if number != expected {
        found.append(
          Diagnostic(
            .warning, rule: .structureNumberingGap,
            message:
              "\(what) number \(number) follows \(expected - 1 == 0 ? "nothing" : String(expected - 1)); numbers start at 1 and leave no gap",
            at: at(path), fix: "renumber to \(expected)"))
      }
      expected = number + 1
    }
    return found
  }

  private func suggestedPhaseName(_ phase: FestivalPhase) -> String {
    let number = String(format: "%03d", phase.number ?? 1)
    let name = phase.name.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }
    return number + "_" + String(name)
  }

  private func folderName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  private func at(_ path: String) -> SourceLocation { SourceLocation(file: path, line: 1, column: 1) }
}
