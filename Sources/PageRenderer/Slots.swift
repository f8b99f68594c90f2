import Foundation

/// Results filled in from several threads, read back in index order once all are done.
final class Slots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value?]
  private var count = 0

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// The value at `index`, leaving the slot empty.
  func take(_ index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    let value = slots[index]
    slots[index] = nil
    return value
  }

  /// Counts one more finished piece of work; returns how many are done.
  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    count += 1
    return count
  }

  /// How many pieces of work `increment` counted.
  var counted: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }

  var all: [Value?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
