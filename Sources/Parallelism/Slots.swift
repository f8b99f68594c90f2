import Foundation

/// Results filled in from several threads, read back in index order once all are done.
public final class Slots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value?]
  private var count = 0

  public init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  public func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// The value at `index`, leaving the slot empty.
  public func take(_ index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    let value = slots[index]
    slots[index] = nil
    return value
  }

  /// Counts one more finished piece of work; returns how many are done.
  public func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    count += 1
    return count
  }

  /// How many pieces of work `increment` counted.
  public var counted: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }

  public var all: [Value?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
