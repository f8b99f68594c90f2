import Foundation

/// An error handed from a task back to the thread waiting for it.
final class ErrorBox: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Error?

  var error: Error? {
    get {
      lock.lock()
      defer { lock.unlock() }
      return stored
    }
    set {
      lock.lock()
      stored = newValue
      lock.unlock()
    }
  }
}
