import Foundation

/// Runs `work` and ends the test process with a message naming it if it has not finished after
/// `seconds`: an endless loop in a robustness test then fails the run, loudly and with a reason, instead
/// of hanging CI until it is killed. Generous on purpose: a guard against hangs, never a speed target.
public func withHangGuard<T>(seconds: Double = 600, _ what: String, _ work: () throws -> T) rethrows -> T {
  let watchdog = DispatchWorkItem {
    FileHandle.standardError.write(
      Data("error: \(what) did not finish within \(Int(seconds)) s: an endless loop?\n".utf8))
    exit(70)
  }
  DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
  defer { watchdog.cancel() }
  return try work()
}
