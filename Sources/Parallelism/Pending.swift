import Foundation

/// A value worked out on a helper thread while the caller goes on with other work, and waited for
/// where it is first needed. Without `beside` (one job) it is worked out at once, on this thread.
public final class Pending<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var helper: HelperThread?
  /// Written by the work alone, read once it is done: the helper's job holds this box, not the
  /// `Pending`, so that the last reference to it is never let go on the helper's own thread.
  private let box = Box()

  private final class Box: @unchecked Sendable {
    var result: Value?
    var duration: Duration = .zero
  }

  /// How long the work itself took, wherever it ran; waits for it.
  public var duration: Duration {
    lock.withLock {
      settle()
      return box.duration
    }
  }

  public init(beside: Bool = true, _ work: @escaping @Sendable () -> Value) {
    let measured: @Sendable () -> (Value, Duration) = {
      let clock = ContinuousClock()
      let start = clock.now
      let value = work()
      return (value, clock.now - start)
    }
    let box = box
    guard beside, let helper = HelperThread.take() else {
      (box.result, box.duration) = measured()
      return
    }
    self.helper = helper
    helper.run { (box.result, box.duration) = measured() }
  }

  /// The value, once worked out (waiting for it if need be).
  public var value: Value {
    lock.withLock {
      settle()
      return box.result!
    }
  }

  /// Waits for the helper, once, which then goes back to the idle ones.
  private func settle() {
    guard let helper else { return }
    helper.wait()
    self.helper = nil
  }

  // A value never asked for is still waited for, so that its helper goes back to the idle ones.
  deinit { settle() }
}
