import ContractDiff
import Diagnostics

extension Finding {
  /// A check finding: identified by its rule, its file and its message.
  public init(_ diagnostic: Diagnostic) {
    let file = diagnostic.location?.file ?? ""
    self.init(
      rule: diagnostic.rule.id, level: Level(diagnostic.severity), message: diagnostic.message,
      location: diagnostic.location, subject: file,
      fingerprint: Fingerprint.make(["check", diagnostic.rule.id, file, diagnostic.message]))
  }

  /// A contract change in a festival: identified by its rule, the festival, the element's path and what
  /// it was and became, so it survives every edit elsewhere in the contract. Breaking changes are
  /// errors, risky ones warnings, compatible ones notes.
  public init(_ change: ContractChange, festival: String) {
    let level: Level =
      switch change.severity {
      case .breaking: .error
      case .risky: .warning
      case .compatible: .note
      }
    let path = change.subject.joined(separator: " › ")
    self.init(
      rule: change.rule.id, level: level, message: change.summary,
      location: change.newLocation ?? change.oldLocation, subject: path,
      fingerprint: Fingerprint.make([
        "diff", change.rule.id, change.action.rawValue, festival, path, change.before ?? "",
        change.after ?? "",
      ]))
  }

  /// Every change of a diff, festival by festival.
  public static func changes(_ diff: ContentDiff) -> [Finding] {
    byFestival(diff).flatMap(\.findings)
  }

  /// The changes of each festival of a diff, under the festival's title.
  public static func byFestival(_ diff: ContentDiff) -> [(title: String, findings: [Finding])] {
    diff.festivals.map { festival in
      let identity = festivalIdentity(festival)
      return (festival.title, festival.changes.map { Finding($0, festival: identity) })
    }
  }

  /// What names a festival in its changes' fingerprints: its contract's path without the lifecycle
  /// folders, so a festival keeps its findings when it moves from `planning/` to `active/`, and whatever
  /// the folder a side was read from is called.
  static func festivalIdentity(_ festival: FestivalDiff) -> String {
    let lifecycle: Set<Substring> = [
      "festivals", "planning", "ready", "active", "ritual", "dungeon", "completed", "archived", "someday",
    ]
    let path = festival.newPath ?? festival.oldPath ?? festival.title
    return path.split(separator: "/").filter { !lifecycle.contains($0) }.joined(separator: "/")
  }
}

extension Finding.Level {
  init(_ severity: Severity) {
    switch severity {
    case .error: self = .error
    case .warning: self = .warning
    case .note: self = .note
    }
  }
}
