import Foundation
import Parallelism
import Testing

@Suite struct ConcurrentlyTests {
  @Test(arguments: [1, 2, 4]) func bothPiecesRunAndKeepTheirPlaces(jobs: Int) {
    let (numbers, text) = Concurrently.run(jobs: jobs) {
      (1...1000).reduce(0, +)
    } _: {
      (1...50).map(String.init).joined(separator: ",")
    }
    #expect(numbers == 500_500)
    #expect(text.hasPrefix("1,2,3,") && text.hasSuffix(",50"))
  }

  /// The second piece's thread has let go of its closure when `run` returns (the runtime traps a
  /// closure that escapes `withoutActuallyEscaping`; a thread released it late one time in hundreds).
  @Test func manyShortRunsReturnCleanly() {
    var total = 0
    for round in 0..<2000 {
      let (left, right) = Concurrently.run(jobs: 2) {
        round
      } _: {
        round * 2
      }
      total += left + right
    }
    #expect(total == 3 * (0..<2000).reduce(0, +))
  }

  @Test(arguments: [1, 2, 3]) func mapKeepsTheOrder(jobs: Int) {
    #expect(Concurrently.map(jobs: jobs, count: 1000) { $0 * 2 } == (0..<1000).map { $0 * 2 })
  }

  /// Two items on two jobs run at once: each waits until the other has started, which one thread
  /// taking both in turn never sees. (The wait is long: other suites may hold the pool's threads.)
  private func meetInTheMiddle() -> Bool {
    let started = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
    let met = Slots<Bool>(count: 2)
    Concurrently.forEach(jobs: 2, count: 2) { index in
      (index == 0 ? started.0 : started.1).signal()
      let other = index == 0 ? started.1 : started.0
      met.set(index, other.wait(timeout: .now() + 60) == .success)
    }
    return met.take(0) == true && met.take(1) == true
  }

  @Test func twoItemsGoToTwoThreads() {
    #expect(meetInTheMiddle())
  }

  /// A `forEach` inside either piece of `run` still has two threads (libdispatch allows a nested
  /// `concurrentPerform` fewer).
  @Test func aForEachInsideRunHasTwoThreads() {
    let (first, second) = Concurrently.run(jobs: 2) {
      meetInTheMiddle()
    } _: {
      meetInTheMiddle()
    }
    #expect(first && second)
  }
}
