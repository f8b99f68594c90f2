import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A thread for `Concurrently.run`'s second pieces, made once and reused rather than made for every
/// piece: each new thread may get a malloc arena of its own, whose freed memory other threads do not
/// reuse, and a piece must have let go of its closure before `run` returns, which a loop of our own
/// can promise (`perform` returns before `finished` is signalled).
final class HelperThread: @unchecked Sendable {
  nonisolated(unsafe) private static var idle: [HelperThread] = []
  private static let lock = NSLock()

  private let started = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)
  private var job: (() -> Void)?

  /// An idle helper, made when none is: a piece that runs pieces of its own takes another, so no
  /// helper ever waits for a busy one. Nil when no thread can be made.
  static func take() -> HelperThread? {
    if let helper = lock.withLock({ idle.popLast() }) { return helper }
    let helper = HelperThread()
    return helper.launch() ? helper : nil
  }

  /// Starts `job` on this helper.
  func run(_ job: @escaping () -> Void) {
    self.job = job
    started.signal()
  }

  /// Waits until the job is done. The helper has let go of it by then, and is idle again.
  func wait() {
    finished.wait()
    Self.lock.withLock { Self.idle.append(self) }
  }

  /// The thread, with an 8 MB stack (the main thread's); it lives as long as the process.
  private func launch() -> Bool {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 8 << 20)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    let context = Unmanaged.passRetained(self).toOpaque()
    var thread = pthread_t()
    let made = pthread_create(
      &thread, &attributes,
      { context in
        Unmanaged<HelperThread>.fromOpaque(context!).takeUnretainedValue().serve()
      }, context)
    guard made == 0 else {
      Unmanaged<HelperThread>.fromOpaque(context).release()
      return false
    }
    return true
  }

  private func serve() -> Never {
    while true {
      started.wait()
      perform()
      finished.signal()
    }
  }

  /// The job, released before this returns (and so before `finished` is signalled).
  @inline(never) private func perform() {
    let job = self.job
    self.job = nil
    job?()
  }
}
