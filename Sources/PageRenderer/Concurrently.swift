import Foundation

/// Two independent pieces of a build at once, when more than one job is allowed. Each piece is a pure
/// function of what it captures, so the result is the same whichever finishes first.
public enum Concurrently {
  public static func run<A, B>(jobs: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
    guard jobs > 1 else { return (first(), second()) }
    return withoutActuallyEscaping(first) { first in
      withoutActuallyEscaping(second) { second in
        let work = Box((first, second))
        let results = Box<(A?, B?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { piece in
          // Each piece writes its own half; concurrentPerform returns after both.
          if piece == 0 {
            let value = work.value.0()
            results.lock.withLock { results.value.0 = value }
          } else {
            let value = work.value.1()
            results.lock.withLock { results.value.1 = value }
          }
        }
        return (results.value.0!, results.value.1!)
      }
    }
  }

  /// Runs `work` for 0..<count on `jobs` threads, each taking the next few indexes not yet taken. A
  /// preview's rebuild draws a handful of pages among thousands it keeps, some of them large (the
  /// contract, the festival's home): taken as they come, two large ones go to different threads.
  static func forEach(jobs: Int, count: Int, _ work: @Sendable (Int) -> Void) {
    let jobs = max(1, jobs)
    guard jobs > 1 else {
      for index in 0..<count { work(index) }
      return
    }
    let next = Box(0)
    let chunk = 8
    DispatchQueue.concurrentPerform(iterations: jobs) { _ in
      while true {
        let start = next.lock.withLock {
          defer { next.value += chunk }
          return next.value
        }
        guard start < count else { return }
        for index in start..<min(count, start + chunk) { work(index) }
      }
    }
  }

  private final class Box<Value>: @unchecked Sendable {
    var value: Value
    let lock = NSLock()
    init(_ value: Value) { self.value = value }
  }
}
