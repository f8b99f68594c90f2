import Foundation
import SiteWriter
import TestSupport
import Testing

@Suite struct SiteWriterTests {
  private func file(_ path: String, _ text: String) -> SiteFile {
    SiteFile(path: path, data: Data(text.utf8))
  }

  private func siblings(of folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
  }

  @Test func writesANewSiteWithItsMarker() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Output")
    try SiteWriter.write([file("index.html", "a"), file("x/y/z.html", "b")], to: output)
    #expect(
      FileManager.default.contents(atPath: output.appendingPathComponent("x/y/z.html").path) == Data("b".utf8)
    )
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(SiteWriter.marker).path))
    #expect(try siblings(of: folder) == ["Output"])
  }

  @Test func replacesItsOwnSiteWholly() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Output")
    try SiteWriter.write([file("old.html", "old"), file("index.html", "1")], to: output)
    try SiteWriter.write([file("index.html", "2")], to: output)
    #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("old.html").path))
    #expect(
      FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path) == Data("2".utf8)
    )
    #expect(try siblings(of: folder) == ["Output"])
  }

  @Test func aFailedWriteLeavesThePreviousSiteAndNoStaging() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Output")
    try SiteWriter.write([file("index.html", "good")], to: output)
    #expect(throws: SiteWriteError.unsafePath("../escape.html")) {
      try SiteWriter.write([file("index.html", "new"), file("../escape.html", "x")], to: output)
    }
    #expect(
      FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path)
        == Data("good".utf8))
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("escape.html").path))
    #expect(try siblings(of: folder) == ["Output"])
  }

  @Test func refusesAFolderItDidNotCreate() throws {
    let folder = try TemporaryFolder(files: ["Mine/thesis.tex": "precious"])
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Mine")
    #expect(throws: SiteWriteError.notOurs(output.standardizedFileURL.path)) {
      try SiteWriter.write([file("index.html", "x")], to: output)
    }
    #expect(FileManager.default.contents(atPath: folder.path("Mine/thesis.tex")) == Data("precious".utf8))
  }

  @Test func anEmptyFolderMayBeUsed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("Empty")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    try SiteWriter.write([file("index.html", "x")], to: output)
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
  }

  @Test func leftoversOfAKilledBuildAreCleanedOnlyWhenTheyAreOurs() throws {
    let folder = try TemporaryFolder(files: [
      ".Output.festdoc-new-4194999/\(SiteWriter.marker)": "festdoc\n",
      ".Output.festdoc-new-12345/keep.txt": "not ours",
    ])
    defer { folder.remove() }
    // Killed between creating its folder and writing the marker: empty, and removed too.
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent(".Output.festdoc-new-4194998"), withIntermediateDirectories: false
    )
    try SiteWriter.write([file("index.html", "x")], to: folder.url.appendingPathComponent("Output"))
    #expect(try siblings(of: folder) == [".Output.festdoc-new-12345", "Output"])
  }
}
