import Foundation

/// Two independent pieces of a build at once, when more than one job is allowed. Each piece is a pure
/// function of what it captures, so the result is the same whichever finishes first.
public enum Concurrently {
  /// `first` on this thread and `second` on a helper thread (`HelperThread`), not as iterations of
  /// `concurrentPerform`: libdispatch divides the threads a `concurrentPerform` inside another may use
  /// by how deep it is nested, so on two cores a `forEach` in either piece ran on one thread even once
  /// the other piece was done (the search index of a 10,000-component site, for a second).
  public static func run<A, B>(jobs: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
    guard jobs > 1 else { return (first(), second()) }
    return withoutActuallyEscaping(second) { second in
      guard let helper = HelperThread.take() else { return (first(), second()) }
      let result = Box<B?>(nil)
      helper.run { result.value = second() }
      let value = first()
      // The helper has let go of `second` once it is done, as this call promises.
      helper.wait()
      return (value, result.value!)
    }
  }

  /// Runs `work` for 0..<count on `jobs` threads, each taking the next few indexes not yet taken. A
  /// preview's rebuild draws a handful of pages among thousands it keeps, some of them large (the
  /// contract, the festival's home): taken as they come, two large ones go to different threads.
  public static func forEach(jobs: Int, count: Int, _ work: @Sendable (Int) -> Void) {
    let jobs = max(1, jobs)
    guard jobs > 1 else {
      for index in 0..<count { work(index) }
      return
    }
    let next = Box(0)
    // Eight at a time, fewer when that would leave a thread without any (a record in two parts).
    let chunk = min(8, max(1, count / (jobs * 8)))
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

  /// `transform` of 0..<count, worked out on `jobs` threads, in order.
  public static func map<Value>(jobs: Int, count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
    let made = Slots<Value>(count: count)
    forEach(jobs: jobs, count: count) { made.set($0, transform($0)) }
    return (0..<count).map { made.take($0)! }
  }

  private final class Box<Value>: @unchecked Sendable {
    var value: Value
    let lock = NSLock()
    init(_ value: Value) { self.value = value }
  }
}
