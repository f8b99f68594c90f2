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
    var worst: String?

    init(_ diff: ContentDiff) {
      breaking = diff.count(.breaking)
      risky = diff.count(.risky)
      compatible = diff.count(.compatible)
      worst = diff.worst?.rawValue
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(breaking, forKey: .breaking)
      try container.encode(risky, forKey: .risky)
      try container.encode(compatible, forKey: .compatible)
      try container.encode(worst, forKey: .worst)
    }

    enum CodingKeys: String, CodingKey { case breaking, risky, compatible, worst }
  }

  struct Festival: Encodable {
    var title: String
    var oldPath: String?
    var newPath: String?
    var changes: [Change]

    init(_ festival: FestivalDiff) {
      title = festival.title
      oldPath = festival.oldPath
      newPath = festival.newPath
      changes = festival.changes.map(Change.init)
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(title, forKey: .title)
      try container.encode(oldPath, forKey: .oldPath)
      try container.encode(newPath, forKey: .newPath)
      try container.encode(changes, forKey: .changes)
    }

    enum CodingKeys: String, CodingKey { case title, oldPath, newPath, changes }
  }

  struct Change: Encodable {
    var rule: String
    var severity: String
    var kind: String
    var action: String
    var subject: [String]
    var summary: String
    var before: String?
    var after: String?
    var oldLocation: SourceLocation?
    var newLocation: SourceLocation?
    var components: [String]
    var impact: [Affected]

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
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(rule, forKey: .rule)
      try container.encode(severity, forKey: .severity)
      try container.encode(kind, forKey: .kind)
      try container.encode(action, forKey: .action)
      try container.encode(subject, forKey: .subject)
      try container.encode(summary, forKey: .summary)
      // Absent values are written as null so every change has the same keys.
      try container.encode(before, forKey: .before)
      try container.encode(after, forKey: .after)
      try container.encode(oldLocation, forKey: .oldLocation)
      try container.encode(newLocation, forKey: .newLocation)
      try container.encode(components, forKey: .components)
      try container.encode(impact, forKey: .impact)
    }

    enum CodingKeys: String, CodingKey {
      case rule, severity, kind, action, subject, summary, before, after, oldLocation, newLocation,
        components,
        impact
    }
  }

  struct Affected: Encodable {
    var component: String
    var owner: String?
    var depth: Int
    var path: [ImpactStep]

    init(_ impact: Impact) {
      component = impact.component
      owner = impact.owner
      depth = impact.depth
      path = impact.path
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(component, forKey: .component)
      try container.encode(owner, forKey: .owner)
      try container.encode(depth, forKey: .depth)
      try container.encode(path, forKey: .path)
    }

    enum CodingKeys: String, CodingKey { case component, owner, depth, path }
  }
}
