import Foundation
import SiteWriter
import TestSupport
import Testing

/// `SiteWriter.update`, serve's way of changing a site it wrote without copying the rest.
@Suite struct InPlaceUpdateTests {
  private func file(_ path: String, _ text: String) -> SiteFile {
    SiteFile(path: path, data: Data(text.utf8))
  }

  private func site() throws -> (TemporaryFolder, URL) {
    let folder = try TemporaryFolder()
    let output = folder.url.appendingPathComponent("Output")
    try SiteWriter.write(
      [file("index.html", "home"), file("a/kept.html", "kept"), file("a/gone.html", "gone")], to: output)
    return (folder, output)
  }

  private func text(_ output: URL, _ path: String) -> String? {
    FileManager.default.contents(atPath: output.appendingPathComponent(path).path).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  @Test func writesRemovesAndLeavesTheRestUntouched() throws {
    let (folder, output) = try site()
    defer { folder.remove() }
    let kept = output.appendingPathComponent("a/kept.html").path
    let keptBefore = try FileManager.default.attributesOfItem(atPath: kept)
    try SiteWriter.update(
      [file("index.html", "new home"), file("b/c/new.html", "new")], removing: ["a/gone.html"], in: output)
    #expect(text(output, "index.html") == "new home")
    #expect(text(output, "b/c/new.html") == "new")
    #expect(text(output, "a/gone.html") == nil)
    let keptAfter = try FileManager.default.attributesOfItem(atPath: kept)
    #expect(keptAfter[.systemFileNumber] as? Int == keptBefore[.systemFileNumber] as? Int)
    #expect(keptAfter[.modificationDate] as? Date == keptBefore[.modificationDate] as? Date)
    // Nothing staged is left beside the files, and no sibling folder was made.
    let names = FolderContents.files(under: output).keys.sorted()
    #expect(names == [".festdoc-site", "a/kept.html", "b/c/new.html", "index.html"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["Output"])
  }

  @Test func findsTheFilesTheSiteLacks() throws {
    let (folder, output) = try site()
    defer { folder.remove() }
    let asked = ["a/kept.html", "a/never.html", "index.html", "z/none.html", "a/gone.html"]
    #expect(try SiteWriter.missing(asked, in: output) == ["a/never.html", "z/none.html"])
    #expect(throws: SiteWriteError.unsafePath("../index.html")) {
      try SiteWriter.missing(["../index.html"], in: output)
    }
  }

  @Test func refusesFoldersItDidNotWriteAndPathsOutOfTheSite() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("mine\n", to: "precious/notes.txt")
    let precious = folder.url.appendingPathComponent("precious")
    #expect(throws: SiteWriteError.self) {
      try SiteWriter.update([file("notes.txt", "overwritten")], in: precious)
    }
    #expect(try String(contentsOfFile: folder.path("precious/notes.txt"), encoding: .utf8) == "mine\n")

    let (site, output) = try site()
    defer { site.remove() }
    for path in [
      "../escape.html", "/etc/passwd", "a/../../x", "", "a//b", "a/.", "./a", "a/", "a\\b", "a\u{0}b", "..",
    ] {
      #expect(throws: SiteWriteError.unsafePath(path)) {
        try SiteWriter.update([file(path, "x")], in: output)
      }
      #expect(throws: SiteWriteError.unsafePath(path)) {
        try SiteWriter.update([], removing: [path], in: output)
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: site.url.path) == ["Output"])
    // Dots that name no parent are ordinary names.
    try SiteWriter.update([file(".../a..html", "dots"), file("b./.c", "dots")], in: output)
    #expect(text(output, ".../a..html") == "dots")
    #expect(text(output, "b./.c") == "dots")
  }

  @Test func neverWritesThroughALinkedFolder() throws {
    let (folder, output) = try site()
    defer { folder.remove() }
    try folder.write("mine\n", to: "outside/keep.txt")
    try FileManager.default.createSymbolicLink(
      atPath: output.appendingPathComponent("linked").path, withDestinationPath: folder.path("outside"))
    #expect(throws: SiteWriteError.self) {
      try SiteWriter.update([file("linked/page.html", "x"), file("linked/keep.txt", "x")], in: output)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("outside")) == ["keep.txt"])
    #expect(try String(contentsOfFile: folder.path("outside/keep.txt"), encoding: .utf8) == "mine\n")
  }
}
