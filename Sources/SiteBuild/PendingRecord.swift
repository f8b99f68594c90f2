import Foundation
import PageRenderer

/// The previous build's record, read and decoded on another thread while the build reads and parses
/// the content: nothing needs it before the render step, and at 10,000 components decoding it took
/// half a second while the parse, one document at a time, left the other core idle.
public final class PendingRecord: @unchecked Sendable {
  private let decoded = DispatchGroup()
  private var loaded: RenderRecord?

  /// Starts `load` at once on another thread.
  public init(_ load: @escaping @Sendable () -> RenderRecord?) {
    decoded.enter()
    DispatchQueue.global().async {
      self.loaded = load()
      self.decoded.leave()
    }
  }

  /// The record, once decoded (waiting for it if need be); nil when there was none to read.
  public var record: RenderRecord? {
    decoded.wait()
    return loaded
  }
}
