import Foundation
import PreviewServer
import TestSupport
import Testing

/// The watcher with real files: a change in a folder below the root, and one in a folder made after it
/// started, each reported once its burst has settled.
@Suite struct ChangeWatcherTests {
  final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var batches: [[String]] = []
    func add(_ batch: [String]) {
      lock.lock()
      batches.append(batch)
      lock.unlock()
    }
    var all: [[String]] {
      lock.lock()
      defer { lock.unlock() }
      return batches
    }
  }

  func waitFor(_ condition: () -> Bool) {
    let deadline = Date().addingTimeInterval(5)
    while !condition() && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
  }

  @Test func reportsEditsInNestedAndNewFolders() throws {
    let folder = try TemporaryFolder(files: ["fest/001_PLAN/01_task.md": "# Task\n", "fest/.git/HEAD": "x"])
    defer { folder.remove() }
    let seen = Seen()
    let watcher = try ChangeWatcher(folders: [folder.url.appendingPathComponent("fest")]) { seen.add($0) }
    defer { watcher.stop() }
    try folder.write("# Task\n\nEdited.\n", to: "fest/001_PLAN/01_task.md")
    waitFor { !seen.all.isEmpty }
    #expect(seen.all.count == 1, "one burst, one report")
    #expect(seen.all.first?.contains { $0.hasSuffix("fest/001_PLAN/01_task.md") } == true)

    try FileManager.default.createDirectory(
      atPath: folder.path("fest/002_NEW"), withIntermediateDirectories: false)
    waitFor { seen.all.count >= 2 }
    try folder.write("# New\n", to: "fest/002_NEW/01_new.md")
    waitFor { seen.all.flatMap { $0 }.contains { $0.hasSuffix("002_NEW/01_new.md") } }
    #expect(seen.all.flatMap { $0 }.contains { $0.hasSuffix("002_NEW/01_new.md") })
    #expect(!seen.all.flatMap { $0 }.contains { $0.contains("/.git/") })
  }

  /// A file still open for writing waits out the whole settling time; closing it ends the wait.
  @Test func aFinishedFileSettlesSoonerThanOneStillBeingWritten() throws {
    let folder = try TemporaryFolder(files: ["fest/01_task.md": "# Task\n"])
    defer { folder.remove() }
    let seen = Seen()
    let path = folder.path("fest/01_task.md")
    let contents = Seen()
    let watcher = try ChangeWatcher(
      folders: [folder.url.appendingPathComponent("fest")], settle: .seconds(3),
      settleWhenFinished: .milliseconds(5)
    ) { batch in
      contents.add([(try? String(contentsOfFile: path, encoding: .utf8)) ?? ""])
      seen.add(batch)
    }
    defer { watcher.stop() }
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data("# Task\n\nHalf".utf8))
    Thread.sleep(forTimeInterval: 0.3)
    #expect(seen.all.isEmpty, "a file still open is not reported before the settling time")
    try handle.write(contentsOf: Data(" and whole.\n".utf8))
    try handle.close()
    let closed = Date()
    waitFor { !seen.all.isEmpty }
    #expect(Date().timeIntervalSince(closed) < 2, "closing the file ended the wait")
    #expect(seen.all.count == 1)
    #expect(contents.all.first == ["# Task\n\nHalf and whole.\n"])
  }
}
