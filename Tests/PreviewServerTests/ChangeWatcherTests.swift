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
}
