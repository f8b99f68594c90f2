import Foundation

/// Two independent pieces of a build at once, when more than one job is allowed. Each piece is a pure
/// function of what it captures, so the result is the same whichever finishes first.
public enum Concurrently {
  /// `first` on this thread and `second` on a thread of its own, not as iterations of
  /// `concurrentPerform`: libdispatch divides the threads a `concurrentPerform` inside another may use
  /// by how deep it is nested, so on two cores a `forEach` in either piece ran on one thread even once
  /// the other piece was done (the search index of a 10,000-component site, for a second).
  public static func run<A, B>(jobs: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
    guard jobs > 1 else { return (first(), second()) }
    return withoutActuallyEscaping(second) { second in
      let result = Box<B?>(nil)
      // Joined before returning: the thread has then let go of `second`, as the call promises.
      guard let thread = Self.start({ result.value = second() }) else { return (first(), second()) }
      let value = first()
      pthread_join(thread, nil)
      return (value, result.value!)
    }
  }

  /// `work` on a new thread with an 8 MB stack (the main thread's), or nil when none can be made.
  private static func start(_ work: @escaping () -> Void) -> pthread_t? {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 8 << 20)
    let context = Unmanaged.passRetained(Work(work)).toOpaque()
    var thread = pthread_t()
    let made = pthread_create(
      &thread, &attributes,
      { context in
        Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().run()
        return nil
      }, context)
    guard made == 0 else {
      Unmanaged<Work>.fromOpaque(context).release()
      return nil
    }
    return thread
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
  static func map<Value>(jobs: Int, count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
    let made = Slots<Value>(count: count)
    forEach(jobs: jobs, count: count) { made.set($0, transform($0)) }
    return (0..<count).map { made.take($0)! }
  }

  private final class Work {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
  }

  private final class Box<Value>: @unchecked Sendable {
    var value: Value
    let lock = NSLock()
    init(_ value: Value) { self.value = value }
  }
}
