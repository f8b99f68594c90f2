import Foundation

/// One line of progress on a terminal, redrawn in place and cleared at the end; silent elsewhere.
final class ProgressLine: @unchecked Sendable {
  private let enabled: Bool
  private let lock = NSLock()

  init(enabled: Bool) {
    self.enabled = enabled
  }

  func show(_ text: String) {
    guard enabled else { return }
    lock.lock()
    StandardError.write("\r\u{1B}[2Kfestdoc: \(text)")
    lock.unlock()
  }

  func clear() {
    guard enabled else { return }
    StandardError.write("\r\u{1B}[2K")
  }
}
