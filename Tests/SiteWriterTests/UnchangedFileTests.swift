import Foundation
import SiteWriter
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A rebuild keeps the previous site's file where the new bytes are the same (hard-linked), and writes
/// a new one everywhere else.
@Suite struct UnchangedFileTests {
  private func inode(_ url: URL) -> UInt {
    var status = stat()
    return lstat(url.path, &status) == 0 ? UInt(status.st_ino) : 0
  }

  private func contents(_ url: URL) -> String? {
    FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func aFileWithTheSameBytesIsTheSameFileAfterTheSwap() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Output")
    let files = ["index.html": "same", "a/changed.html": "old", "a/b/kept.html": "deep", "grew.html": "ab"]
    try SiteWriter.write(files.map { SiteFile(path: $0.key, data: Data($0.value.utf8)) }, to: output)
    let before = files.keys.reduce(into: [String: UInt]()) {
      $0[$1] = inode(output.appendingPathComponent($1))
    }
    let next = ["index.html": "same", "a/changed.html": "new", "a/b/kept.html": "deep", "grew.html": "abc"]
    try SiteWriter.write(next.map { SiteFile(path: $0.key, data: Data($0.value.utf8)) }, to: output)
    for (path, text) in next { #expect(contents(output.appendingPathComponent(path)) == text) }
    #expect(inode(output.appendingPathComponent("index.html")) == before["index.html"])
    #expect(inode(output.appendingPathComponent("a/b/kept.html")) == before["a/b/kept.html"])
    #expect(inode(output.appendingPathComponent("a/changed.html")) != before["a/changed.html"])
    #expect(inode(output.appendingPathComponent("grew.html")) != before["grew.html"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["Output"])
  }

  @Test func aFileOrFolderOfThePreviousSiteThatIsALinkIsNeverKept() throws {
    let folder = try TemporaryFolder(files: ["elsewhere/page.html": "same", "other.html": "same"])
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Output")
    try SiteWriter.write([SiteFile(path: "index.html", data: Data("x".utf8))], to: output)
    let manager = FileManager.default
    try manager.createSymbolicLink(
      at: output.appendingPathComponent("docs"),
      withDestinationURL: folder.url.appendingPathComponent("elsewhere"))
    try manager.createSymbolicLink(
      at: output.appendingPathComponent("linked.html"),
      withDestinationURL: folder.url.appendingPathComponent("other.html"))
    let outside = [
      inode(folder.url.appendingPathComponent("elsewhere/page.html")),
      inode(folder.url.appendingPathComponent("other.html")),
    ]
    let next = ["docs/page.html": "same", "linked.html": "same"]
    try SiteWriter.write(next.map { SiteFile(path: $0.key, data: Data($0.value.utf8)) }, to: output)
    let written = [
      inode(output.appendingPathComponent("docs/page.html")),
      inode(output.appendingPathComponent("linked.html")),
    ]
    #expect(written.allSatisfy { $0 != 0 && !outside.contains($0) })
    #expect(contents(folder.url.appendingPathComponent("elsewhere/page.html")) == "same")
    #expect(contents(folder.url.appendingPathComponent("other.html")) == "same")
    var status = stat()
    #expect(
      lstat(output.appendingPathComponent("docs").path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR)
  }

  @Test func largeFilesAreComparedWholeAcrossReadBlocks() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Output")
    let big = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    var late = big
    late[250_000] ^= 1
    try SiteWriter.write(
      [SiteFile(path: "same.bin", data: big), SiteFile(path: "late.bin", data: big)], to: output)
    let before = (
      inode(output.appendingPathComponent("same.bin")), inode(output.appendingPathComponent("late.bin"))
    )
    try SiteWriter.write(
      [SiteFile(path: "same.bin", data: big), SiteFile(path: "late.bin", data: late)], to: output)
    #expect(inode(output.appendingPathComponent("same.bin")) == before.0)
    #expect(inode(output.appendingPathComponent("late.bin")) != before.1)
    #expect(FileManager.default.contents(atPath: output.appendingPathComponent("late.bin").path) == late)
  }
}
