import Dispatch

/// Frees a large value on another thread, so the caller does not wait for its deallocation.
public enum BackgroundRelease {
  /// Holds the value until the queue's block drops it, as the last owner.
  private final class Holder<Value>: @unchecked Sendable {
    var value: Value?
    init(_ value: consuming Value) { self.value = value }
  }

  private static let queue = DispatchQueue(label: "festdoc.background-release", qos: .utility)

  /// Takes the caller's last reference: the value's storage is freed on `queue`.
  public static func release<Value>(_ value: consuming Value) {
    let holder = Holder(value)
    queue.async { holder.value = nil }
  }
}
