import ContentReader
import Diagnostics

/// A festival's status as fest decides it: the lifecycle folder it sits in; outside any lifecycle
/// folder, the last move fest recorded; else what front matter says. Both records are kept as history.
extension FestivalModelBuilder {
  /// Lifecycle folders and recorded statuses as one status word.
  static func lifecycleStatus(_ written: String) -> String {
    switch written.lowercased() {
    case "dungeon/completed", "complete", "done": "completed"
    case "dungeon/archived": "archived"
    case "dungeon/someday": "someday"
    case let other: other
    }
  }

  static func applyStatus(_ festival: inout Festival, tree: FestivalTree) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    let yaml = FestHistoryReader.changes(inConfig: festival.config)
    var recorded: [StatusChange] = []
    if let file = tree.statusHistory {
      let (changes, found) = FestHistoryReader.read(file)
      recorded = changes
      findings += found
    }
    festival.history = FestHistoryReader.merged(yaml, recorded)
    festival.festivalType = festival.config?.value(at: ["metadata", "festival_type"])?.stringValue
    if let lifecycle = tree.lifecycle {
      festival.status = WorkStatus(written: lifecycleStatus(lifecycle))
      festival.statusSource = .lifecycleFolder
      if let note = disagreement(
        festival, lifecycle: lifecycle, yaml: yaml.last, recorded: recorded.last, tree: tree)
      {
        findings.append(note)
      }
    } else if let last = recorded.last {
      festival.status = WorkStatus(written: lifecycleStatus(last.to))
      festival.statusSource = .statusHistory
    } else if let last = yaml.last {
      festival.status = WorkStatus(written: lifecycleStatus(last.to))
      festival.statusSource = .festYAML
    } else if festival.status != nil {
      festival.statusSource = .frontMatter
    }
    return findings
  }

  /// One note when fest's records end somewhere other than the folder the festival sits in. A ritual
  /// run's fest.yaml is the ritual's copy, so its `ritual` entry says nothing of the run.
  private static func disagreement(
    _ festival: Festival, lifecycle: String, yaml: StatusChange?, recorded: StatusChange?, tree: FestivalTree
  ) -> Diagnostic? {
    let status = lifecycleStatus(lifecycle)
    var records: [String] = []
    var file = tree.config?.path
    if let yaml, lifecycleStatus(yaml.to) != status,
      !(yaml.to == "ritual" && festival.festivalType == "ritual")
    {
      records.append("fest.yaml's status history ends at '\(yaml.to)'")
    }
    if let recorded, lifecycleStatus(recorded.to) != status {
      records.append(".fest/status_history.json ends at '\(recorded.to)'")
      file = file ?? tree.statusHistory?.path
    }
    guard !records.isEmpty, let file else { return nil }
    return Diagnostic(
      .note, rule: .festStatusHistory,
      message:
        "the festival sits in \(lifecycle)/ (status \(status)), but \(records.joined(separator: " and ")); the folder decides, as in fest",
      at: SourceLocation(file: file, line: 1, column: 1))
  }
}
