import ContractDiff
import Diagnostics
import Foundation

/// The diff as JSON for tools (docs/diff-json.md): sorted keys, two-space indent, stable across runs.
public enum DiffJSON {
  public static let schemaVersion = 1

  public static func render(_ diff: ContentDiff, sides: DiffSides) -> String {
    let document = Document(
      schemaVersion: schemaVersion, festdocVersion: sides.version, old: sides.old, new: sides.new,
      summary: Summary(diff), festivals: diff.festivals.map(Festival.init))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  struct Document: Encodable {
    var schemaVersion: Int
    var festdocVersion: String
    var old: String
    var new: String
    var summary: Summary
    var festivals: [Festival]
  }

  struct Summary: Encodable {
    var breaking: Int
    var risky: Int
    var compatible: Int
    /// The most severe change's severity, or null for no change.
    @NullIfAbsent var worst: String?

    init(_ diff: ContentDiff) {
      breaking = diff.count(.breaking)
      risky = diff.count(.risky)
      compatible = diff.count(.compatible)
      worst = diff.worst?.rawValue
    }

  }

  struct Festival: Encodable {
    var title: String
    @NullIfAbsent var oldPath: String?
    @NullIfAbsent var newPath: String?
    var changes: [Change]

    init(_ festival: FestivalDiff) {
      title = festival.title
      oldPath = festival.oldPath
      newPath = festival.newPath
      changes = festival.changes.map(Change.init)
    }

  }

  struct Change: Encodable {
    var rule: String
    var severity: String
    var kind: String
    var action: String
    var subject: [String]
    var summary: String
    @NullIfAbsent var before: String?
    @NullIfAbsent var after: String?
    @NullIfAbsent var oldLocation: SourceLocation?
    @NullIfAbsent var newLocation: SourceLocation?
    var components: [String]
    var impact: [Affected]
    var mayBeAffected: [Affected]

    init(_ change: ContractChange) {
      rule = change.rule.id
      severity = change.severity.rawValue
      kind = change.kind.rawValue
      action = change.action.rawValue
      subject = change.subject
      summary = change.summary
      before = change.before
      after = change.after
      oldLocation = change.oldLocation
      newLocation = change.newLocation
      components = change.components
      impact = change.impact.map(Affected.init)
      mayBeAffected = change.mayBeAffected.map(Affected.init)
    }

  }

  struct Affected: Encodable {
    var component: String
    @NullIfAbsent var owner: String?
    var depth: Int
    var path: [ImpactStep]
    @NullIfAbsent var reason: String?

    init(_ impact: Impact) {
      component = impact.component
      owner = impact.owner
      depth = impact.depth
      path = impact.path
      reason = impact.reason
    }

  }
}
