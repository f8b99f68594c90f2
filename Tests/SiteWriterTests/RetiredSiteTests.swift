import Foundation
import TestSupport
import Testing

@testable import SiteWriter

/// The previous site is removed after the swap, its folders side by side; links in it are removed,
/// never followed.
@Suite struct RetiredSiteTests {
  @Test func everythingOfThePreviousSiteGoesAndNothingALinkReaches() throws {
    let folder = try TemporaryFolder(files: ["outside/keep.txt": "mine", "outside/deeper/also.txt": "mine"])
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Output")
    let old = (0..<60).map {
      SiteFile(path: "part\($0 % 3)/folder\($0 % 7)/page\($0).html", data: Data("\($0)".utf8))
    }
    try SiteWriter.write(old + [SiteFile(path: "index.html", data: Data("i".utf8))], to: output)
    let outside = folder.url.appendingPathComponent("outside")
    let manager = FileManager.default
    // A link at the top, one two levels down, and one to a file.
    try manager.createSymbolicLink(at: output.appendingPathComponent("top-link"), withDestinationURL: outside)
    try manager.createSymbolicLink(
      at: output.appendingPathComponent("part1/deep-link"), withDestinationURL: outside)
    try manager.createSymbolicLink(
      at: output.appendingPathComponent("part2/folder1/file-link"),
      withDestinationURL: outside.appendingPathComponent("keep.txt"))
    try SiteWriter.write([SiteFile(path: "index.html", data: Data("new".utf8))], to: output)
    #expect(manager.contents(atPath: outside.appendingPathComponent("keep.txt").path) == Data("mine".utf8))
    #expect(
      manager.contents(atPath: outside.appendingPathComponent("deeper/also.txt").path) == Data("mine".utf8))
    #expect(try manager.contentsOfDirectory(atPath: output.path).sorted() == [".festdoc-site", "index.html"])
    #expect(try manager.contentsOfDirectory(atPath: folder.url.path).sorted() == ["Output", "outside"])
  }

  @Test func aRetiredFolderThatIsALinkIsUnlinkedNotEmptied() throws {
    let folder = try TemporaryFolder(files: ["outside/keep.txt": "mine"])
    defer { folder.remove() }
    let link = folder.url.appendingPathComponent("retired")
    try FileManager.default.createSymbolicLink(
      at: link, withDestinationURL: folder.url.appendingPathComponent("outside"))
    SiteWriter.removeRetired(link.path)
    #expect(
      FileManager.default.contents(atPath: folder.url.appendingPathComponent("outside/keep.txt").path)
        == Data("mine".utf8))
    #expect(!FileManager.default.fileExists(atPath: link.path))
  }

  /// What `festdoc build` hands the previous site to: `rm` starts, removes the folder and what is in it,
  /// and leaves what a link in it, or the folder itself as a link, reaches.
  @Test func theDetachedRemovalRemovesTheFolderAndNothingALinkReaches() throws {
    let folder = try TemporaryFolder(files: [
      "outside/keep.txt": "mine", "retired/a/b/page.html": "old", "retired/index.html": "old",
    ])
    defer { folder.remove() }
    let (manager, retired) = (FileManager.default, folder.url.appendingPathComponent("retired"))
    let outside = folder.url.appendingPathComponent("outside")
    try manager.createSymbolicLink(at: retired.appendingPathComponent("a/link"), withDestinationURL: outside)
    let linked = folder.url.appendingPathComponent("linked")
    try manager.createSymbolicLink(at: linked, withDestinationURL: outside)
    #expect(SiteWriter.startRemoval(of: retired.path))
    #expect(SiteWriter.startRemoval(of: linked.path))
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(20)
    while try manager.contentsOfDirectory(atPath: folder.url.path).sorted() != ["outside"]
      && clock.now < deadline
    {
      Thread.sleep(forTimeInterval: 0.02)
    }
    #expect(try manager.contentsOfDirectory(atPath: folder.url.path).sorted() == ["outside"])
    #expect(manager.contents(atPath: outside.appendingPathComponent("keep.txt").path) == Data("mine".utf8))
  }
}
