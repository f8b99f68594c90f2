import Foundation
import Parallelism
import Testing

@Suite struct PendingTests {
  @Test(arguments: [true, false]) func theValueIsWhatTheWorkMade(beside: Bool) {
    let pending = Pending(beside: beside) { (1...10_000).reduce(0, +) }
    #expect(pending.value == 50_005_000)
    // Asked for again, the same value, with no second run.
    #expect(pending.value == 50_005_000)
    #expect(pending.duration > .zero)
  }

  /// The work runs on another thread while the caller goes on: it waits here for a signal the caller
  /// gives only after making the `Pending`, which would never come if the work ran first.
  @Test func theWorkRunsBesideTheCaller() {
    let signal = DispatchSemaphore(value: 0)
    let pending = Pending { signal.wait(timeout: .now() + 60) == .success ? "done" : "timed out" }
    signal.signal()
    #expect(pending.value == "done")
  }

  /// One never asked for is still waited for when let go, so its helper thread goes back to the idle
  /// ones; many such in turn neither hang nor leave threads behind.
  @Test func valuesNeverAskedForAreLetGo() {
    let counter = Counter()
    for _ in 0..<200 { _ = Pending { counter.add() } }
    #expect(counter.count == 200)
  }

  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func add() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
  }
}
