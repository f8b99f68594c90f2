import Foundation
import TestSupport

/// `festdoc serve` running in the background for a test: its output as it comes, its port, and a stop.
final class ServeProcess: @unchecked Sendable {
  private let process = Process()
  private let lock = NSLock()
  private var collected = ""
  private(set) var port = 0

  init(_ arguments: [String]) throws {
    process.executableURL = FestdocProcess.binary
    process.arguments = ["serve", "--port", "0"] + arguments
    process.currentDirectoryURL = SharedFolder.projectRoot
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let data = handle.availableData
      guard let self, !data.isEmpty else { return }
      self.lock.lock()
      self.collected += String(decoding: data, as: UTF8.self)
      self.lock.unlock()
    }
    try process.run()
    guard waitFor({ $0.contains("Serving ") }, seconds: 60) else {
      throw HTTPProbe.Failure("serve did not start: \(output)")
    }
    let line = output.split(separator: "\n").first { $0.hasPrefix("Serving ") } ?? ""
    port = Int(line.split(separator: ":").last?.split(separator: "/").first ?? "") ?? 0
  }

  var pid: Int32 { process.processIdentifier }

  var output: String {
    lock.lock()
    defer { lock.unlock() }
    return collected
  }

  /// Waits up to `seconds` for the output to satisfy `condition`.
  @discardableResult
  func waitFor(_ condition: (String) -> Bool, seconds: Double = 20) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition(output) { return true }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return condition(output)
  }

  /// Ctrl-C, as a user stops it; returns the exit status.
  @discardableResult
  func stop() -> Int32 {
    if process.isRunning { process.interrupt() }
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return process.terminationStatus
  }
}
