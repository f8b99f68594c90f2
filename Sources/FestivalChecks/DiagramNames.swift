import Diagrams
import FestivalModel
import Foundation

/// The names a diagram's nodes (or a sequence diagram's non-person participants) give, with where each
/// stands in the diagram: what `DiagramNameChecker` resolves. Read once per diagram text in a preview
/// session, since a contract edit seldom touches its diagrams and parsing them is most of the check.
struct DiagramNames: Sendable {
  struct Name: Sendable {
    var text: String
    var line: Int
    var column: Int
  }

  var names: [Name] = []

  /// Nil when the diagram does not parse (a flowchart's errors are reported when its page is drawn).
  init?(_ diagram: DiagramSource) {
    switch diagram.kind {
    case .sequence:
      guard let sequence = try? SequenceParser.parse(diagram.code) else { return nil }
      // `actor` participants are people (a courier, a user); the others should be parts of the system.
      names = sequence.actors.filter { $0.type != "actor" }.map {
        Name(text: $0.description, line: $0.line, column: 1)
      }
    case .flowchart:
      guard let chart = try? FlowchartParser.parse(diagram.code) else { return nil }
      let subgraphs = Set(chart.subgraphs.map(\.id))
      names = chart.vertices.filter { !subgraphs.contains($0.id) }.map {
        Name(text: $0.displayText, line: $0.line, column: $0.column)
      }
    case .other:
      return nil
    }
  }
}

/// `DiagramNames` by diagram kind and text, kept from one build of a preview to the next. A build that
/// checks no contract (none changed) asks for nothing, so what was kept stays; the texts edits left
/// behind are dropped once they outnumber those in use.
final class DiagramNamesCache: @unchecked Sendable {
  private let lock = NSLock()
  private var kept: [String: DiagramNames?] = [:]
  private var asked: [String: DiagramNames?] = [:]
  /// The most diagrams one build has asked for.
  private var inUse = 0
  private var readCount = 0

  /// Diagrams read afresh since the cache was made, for tests.
  var read: Int { lock.withLock { readCount } }

  func names(_ diagram: DiagramSource) -> DiagramNames? {
    let key = "\(diagram.kind)\n\(diagram.code)"
    if let known = lock.withLock({ kept[key] ?? asked[key] }) {
      lock.withLock { asked[key] = known }
      return known
    }
    let made = DiagramNames(diagram)
    lock.withLock {
      asked[key] = made
      readCount += 1
    }
    return made
  }

  /// Ends a build: what it asked for joins what the next build starts from.
  func endBuild() {
    lock.withLock {
      inUse = max(inUse, asked.count)
      kept.merge(asked) { _, new in new }
      if kept.count > 2 * inUse + 64 { kept = asked }
      asked = [:]
    }
  }
}
