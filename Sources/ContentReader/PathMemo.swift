import Foundation

/// What one preview session's builds worked out for each content path, reused while what it was made
/// from compares equal to what the path has now. The model, check and plan steps' caches and the
/// sources' fingerprints are all this shape; the lock lets the steps' parallel work share one.
public final class PathMemo<Source, Value>: @unchecked Sendable {
  private var entries: [String: (source: Source, value: Value)] = [:]
  private let lock = NSLock()
  private let same: (Source, Source) -> Bool
  /// Answers reused since the memo was made, for tests.
  public var hits: Int { lock.withLock { counted } }
  private var counted = 0

  public init(same: @escaping (Source, Source) -> Bool) {
    self.same = same
  }

  /// The value remembered for `path` when it was made from `source`, else `make()`'s, remembered.
  public func value(at path: String, from source: Source, make: () -> Value) -> Value {
    let known = lock.withLock { entries[path] }
    if let known, same(known.source, source) {
      lock.withLock { counted += 1 }
      return known.value
    }
    let value = make()
    lock.withLock { entries[path] = (source, value) }
    return value
  }

  /// The value last remembered for `path`, whatever it was made from.
  public func last(at path: String) -> Value? {
    lock.withLock { entries[path]?.value }
  }

  /// Forgets the paths not among `paths` (files and contracts the content no longer has).
  public func keep(only paths: Set<String>) {
    lock.withLock { entries = entries.filter { paths.contains($0.key) } }
  }
}

extension PathMemo where Source: Equatable {
  public convenience init() {
    self.init(same: ==)
  }
}
