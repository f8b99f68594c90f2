import Foundation

/// Reads a pipe to its end on a thread of its own, so a child process never waits on a full pipe
/// nobody reads.
final class PipeCollector: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  // Written by the reading thread before it signals `done`, read only after waiting for it.
  private var data = Data()

  init(_ handle: FileHandle) {
    Thread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }.start()
  }

  /// Waits for the end of the pipe and returns what came through it, as text.
  func finish() -> String {
    done.wait()
    return String(decoding: data, as: UTF8.self)
  }
}
