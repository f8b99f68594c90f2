import Foundation
import SiteWriter
import TestSupport
import Testing

/// A site written file by file from several threads, as `festdoc build` writes pages while rendering.
@Suite struct SiteStagingTests {
  private func siblings(of folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
  }

  private func previousSite(in folder: TemporaryFolder) throws -> URL {
    let output = folder.url.appendingPathComponent("Output")
    try SiteWriter.write([SiteFile(path: "index.html", data: Data("old".utf8))], to: output)
    return output
  }

  @Test func filesAddedFromManyThreadsAreSwappedInWhole() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = try previousSite(in: folder)
    let staging = try SiteStaging(output: output)
    let paths = (0..<400).map { "section\($0 % 7)/part\($0 % 13)/page\($0).html" }
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      try? staging.add(SiteFile(path: paths[index], data: Data("page \(index)".utf8)))
    }
    // Until the swap, the previous site is what the output holds.
    #expect(
      FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path)
        == Data("old".utf8))
    try staging.add(SiteFile(path: "index.html", data: Data("new".utf8)))
    try staging.finish(reusing: [])
    for (index, path) in paths.enumerated() {
      #expect(
        FileManager.default.contents(atPath: output.appendingPathComponent(path).path)
          == Data("page \(index)".utf8))
    }
    #expect(
      FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path)
        == Data("new".utf8))
    #expect(try siblings(of: folder) == ["Output"])
  }

  /// `festdoc build` hands the replaced site to a detached `rm`: the new site is in place when `finish`
  /// returns, the old one goes shortly after, and a link inside it is removed, not followed.
  @Test func aDetachedRemovalTakesThePreviousSiteAwayAfterTheSwap() throws {
    let folder = try TemporaryFolder(files: ["precious/notes.txt": "mine"])
    defer { folder.remove() }
    let output = try previousSite(in: folder)
    try FileManager.default.createSymbolicLink(
      atPath: output.appendingPathComponent("outside").path,
      withDestinationPath: folder.url.appendingPathComponent("precious").path)
    let staging = try SiteStaging(output: output)
    try staging.add(SiteFile(path: "index.html", data: Data("new".utf8)))
    try staging.finish(reusing: [], removal: .detached)
    #expect(
      FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path)
        == Data("new".utf8))
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(20)
    while try siblings(of: folder) != ["Output", "precious"] && clock.now < deadline {
      Thread.sleep(forTimeInterval: 0.02)
    }
    #expect(try siblings(of: folder) == ["Output", "precious"])
    #expect(
      FileManager.default.contents(atPath: folder.url.appendingPathComponent("precious/notes.txt").path)
        == Data("mine".utf8))
  }

  @Test func anAbandonedSiteLeavesTheOutputAndNoSibling() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = try previousSite(in: folder)
    let staging = try SiteStaging(output: output)
    try staging.add(SiteFile(path: "index.html", data: Data("half".utf8)))
    #expect(try siblings(of: folder).count == 2)
    staging.abandon()
    staging.abandon()
    #expect(try siblings(of: folder) == ["Output"])
    #expect(
      FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path)
        == Data("old".utf8))
  }

  @Test func refusesPathsOutsideTheSiteAndFoldersNotItsOwn() throws {
    let folder = try TemporaryFolder(files: ["precious/notes.txt": "mine"])
    defer { folder.remove() }
    #expect(throws: SiteWriteError.self) {
      try SiteStaging(output: folder.url.appendingPathComponent("precious"))
    }
    #expect(try siblings(of: folder) == ["precious"])
    let staging = try SiteStaging(output: folder.url.appendingPathComponent("Output"))
    defer { staging.abandon() }
    for path in ["../escape.html", "a/../../b.html", "/absolute.html", ""] {
      #expect(throws: SiteWriteError.self) { try staging.add(SiteFile(path: path, data: Data())) }
    }
  }

  @Test func aKeptFileMissingFromThePreviousSiteAbandonsTheNewOne() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = try previousSite(in: folder)
    let staging = try SiteStaging(output: output)
    try staging.add(SiteFile(path: "new.html", data: Data("n".utf8)))
    #expect(throws: SiteWriteError.self) { try staging.finish(reusing: ["gone.html"]) }
    #expect(try siblings(of: folder) == ["Output"])
    #expect(
      FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path)
        == Data("old".utf8))
  }

  @Test func keptFilesAreLinkedFromEveryFolderAndTheFirstMissingOneIsNamed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Output")
    let kept = (0..<300).map { "section\($0 % 5)/deeper\($0 % 3)/page\($0).html" }
    try SiteWriter.write(
      kept.enumerated().map { SiteFile(path: $1, data: Data("kept \($0)".utf8)) }, to: output)
    let staging = try SiteStaging(output: output)
    try staging.finish(reusing: kept)
    for (index, path) in kept.enumerated() {
      #expect(
        FileManager.default.contents(atPath: output.appendingPathComponent(path).path)
          == Data("kept \(index)".utf8))
    }
    // Missing files in two folders: the error names the one that comes first in the list.
    let again = try SiteStaging(output: output)
    let reusing = Array(kept[..<150]) + ["section4/gone-first.html"] + kept[150...] + ["section0/gone.html"]
    #expect {
      try again.finish(reusing: reusing)
    } throws: { error in
      guard case .missingPrevious(let path) = error as? SiteWriteError else { return false }
      return path == "section4/gone-first.html"
    }
    #expect(try siblings(of: folder) == ["Output"])
  }

  @Test func filesAddedTogetherAreAllWrittenAndTheFirstBadOneIsNamed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Output")
    let files = (0..<200).map { SiteFile(path: "search/s\($0).js", data: Data("part \($0)".utf8)) }
    let staging = try SiteStaging(output: output)
    try staging.add(files)
    try staging.finish(reusing: [])
    for (index, file) in files.enumerated() {
      #expect(
        FileManager.default.contents(atPath: output.appendingPathComponent(file.path).path)
          == Data("part \(index)".utf8))
    }
    let again = try SiteStaging(output: output)
    defer { again.abandon() }
    let bad =
      files[..<50] + [SiteFile(path: "../first.js", data: Data())] + files[50...]
      + [SiteFile(path: "../second.js", data: Data())]
    #expect {
      try again.add(Array(bad))
    } throws: { error in
      guard case .unsafePath(let path) = error as? SiteWriteError else { return false }
      return path == "../first.js"
    }
  }
}
