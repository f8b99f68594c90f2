import Foundation

/// The mermaid blocks a preview session's builds parsed, by document path: a save changes one file, and
/// its diagrams are the only ones parsed again.
public final class ResolveCache: @unchecked Sendable {
  typealias Parsed = [Int: (source: String, diagram: ResolvedDiagram)]
  private let lock = NSLock()
  private var documents: [String: Parsed] = [:]

  public init() {}

  func parsed(_ path: String) -> Parsed {
    lock.withLock { documents[path] ?? [:] }
  }

  /// The latest build's blocks; documents it did not have are let go.
  func replace(with latest: [String: Parsed]) {
    lock.withLock { documents = latest }
  }
}
