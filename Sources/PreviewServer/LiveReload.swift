/// The open tabs' event streams: a build that succeeds tells them to reload; one that fails sends its
/// diagnostics for the overlay, which stays (also for tabs opened later) until a build succeeds.
public actor LiveReload {
  private var subscribers: [Int: AsyncStream<String>.Continuation] = [:]
  private var nextID = 0
  private var overlay: [String]?

  public init() {}

  /// A new tab's stream, starting with the overlay when there is one.
  func subscribe() -> AsyncStream<String> {
    let (stream, continuation) = AsyncStream<String>.makeStream()
    let id = nextID
    nextID += 1
    subscribers[id] = continuation
    continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
    continuation.yield(": festdoc live reload\n\n")
    if let overlay { continuation.yield(Self.event("diagnostics", lines: overlay)) }
    return stream
  }

  private func unsubscribe(_ id: Int) { subscribers[id] = nil }

  /// The site changed: every tab reloads, and the overlay is gone.
  public func reload() {
    overlay = nil
    broadcast(Self.event("reload", lines: ["reload"]))
  }

  /// The build failed: every tab shows `diagnostics` over the last good page.
  public func show(_ diagnostics: [String]) {
    overlay = diagnostics
    broadcast(Self.event("diagnostics", lines: diagnostics))
  }

  /// The server is stopping: every stream ends, so no open tab holds the shutdown up.
  public func close() {
    for continuation in subscribers.values { continuation.finish() }
    subscribers = [:]
  }

  private func broadcast(_ message: String) {
    for continuation in subscribers.values { continuation.yield(message) }
  }

  /// One server-sent event; each line of data on a `data:` line of its own.
  static func event(_ name: String, lines: [String]) -> String {
    var message = "event: \(name)\n"
    for line in lines.flatMap({ $0.split(separator: "\n", omittingEmptySubsequences: false) }) {
      message += "data: \(line)\n"
    }
    return message + "\n"
  }
}
