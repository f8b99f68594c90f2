/// A status as written in front matter, with the known status it means when festdoc understands it.
/// Unknown statuses are kept as written (`known` nil), never dropped.
public struct WorkStatus: Hashable, Sendable, Codable {
  public var written: String
  public var known: KnownStatus?

  public init(written: String) {
    self.written = written
    self.known = WorkStatus.understand(written)
  }

  /// Folds case, spaces and hyphens, and maps the spellings real files use (`complete`, `done`,
  /// `dungeon/completed`, `in progress`) onto the methodology's statuses.
  static func understand(_ written: String) -> KnownStatus? {
    var folded = written.trimmingSpaces().lowercased()
    folded = folded.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    if let known = KnownStatus(rawValue: folded) { return known }
    switch folded {
    case "complete", "done", "finished", "dungeon/completed": return .completed
    case "inprogress", "started", "wip", "doing", "in_review": return .inProgress
    case "todo", "not_started", "open", "new": return .pending
    case "dungeon/archived": return .archived
    case "dungeon/someday": return .someday
    default: return nil
    }
  }
}
