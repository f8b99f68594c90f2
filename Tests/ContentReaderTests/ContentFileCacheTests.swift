import ContentReader
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Serve's memory of the content files' bytes between scans.
@Suite struct ContentFileCacheTests {
  private func text(_ inventory: ContentInventory, _ path: String) -> String? {
    (inventory.looseDocuments + inventory.festivals.flatMap(\.documents)).first { $0.path == path }?.text
  }

  /// Sets a file's modification time, as a file system that keeps whole seconds would leave it.
  private func setModified(_ path: String, seconds: Int) {
    var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
    _ = utimensat(AT_FDCWD, path, &times, 0)
  }

  @Test func unchangedFilesComeFromTheCacheAndChangedOnesAreReadAgain() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("# Notes\n\npending\n", to: "notes.md")
    try folder.write("# Other\n", to: "other.md")
    let cache = ContentFileCache()
    _ = try cache.read(root: folder.url)
    #expect(cache.hits == 0)
    _ = try cache.read(root: folder.url)
    #expect(cache.hits == 2)

    // A new time (an ordinary save) is seen.
    try folder.write("# Notes\n\nblocked\n", to: "notes.md")
    setModified(folder.path("notes.md"), seconds: 1_000_000_000)
    #expect(
      text(try cache.read(root: folder.url), "notes.md")?.contains("blocked") == true)

    // The same size in the same second, written in place: only the watcher's word tells.
    let handle = try FileHandle(forWritingTo: folder.url.appendingPathComponent("notes.md"))
    try handle.write(contentsOf: Data("# Notes\n\ndone!!\n".utf8))
    try handle.close()
    setModified(folder.path("notes.md"), seconds: 1_000_000_000)
    #expect(
      text(try cache.read(root: folder.url), "notes.md")?.contains("blocked") == true)
    cache.forget(["notes.md"])
    #expect(
      text(try cache.read(root: folder.url), "notes.md")?.contains("done!!") == true)

    // A removed file leaves the cache with the scan that no longer meets it.
    try FileManager.default.removeItem(atPath: folder.path("other.md"))
    #expect(text(try cache.read(root: folder.url), "other.md") == nil)
  }
}
