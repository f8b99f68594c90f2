import Foundation
import TestSupport
import Testing

/// `festdoc export --single-file`: one file, its exit codes, and nothing left half written.
@Suite struct ExportCommandTests {
  @Test func exportsTheSampleIntoOneFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.path("review/contracts.html")
    try FileManager.default.createDirectory(
      atPath: folder.path("review"), withIntermediateDirectories: true)
    let result = try FestdocProcess.run(["export", "Tests/Fixtures/sample", "--single-file", file])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("Exported 70 pages ("))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("review")) == ["contracts.html"])
    let html = try String(contentsOfFile: file, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("id=\"page-parcel-tracking-pt0001--components--billing-service\""))
    // A second export replaces the file.
    #expect(
      try FestdocProcess.run(["export", "Tests/Fixtures/sample", "--single-file", file, "-q"]).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("review")) == ["contracts.html"])
  }

  @Test func exitCodesAreThoseOfEveryCommand() throws {
    let folder = try TemporaryFolder(files: [
      "bad/c/COMMON_INTERFACES.md":
        "# CI\n\n| Component | Responsibility |\n|---|---|\n| A | x |\n| a | y |\n"
    ])
    defer { folder.remove() }
    let missing = try FestdocProcess.run([
      "export", folder.path("nothing"), "--single-file", folder.path("x.html"),
    ])
    #expect(missing.status == 2)
    let strict = try FestdocProcess.run([
      "export", folder.path("bad"), "--single-file", folder.path("x.html"), "--strict",
    ])
    #expect(strict.status == 1)
    #expect(!FileManager.default.fileExists(atPath: folder.path("x.html")))
    let noFolder = try FestdocProcess.run([
      "export", "Tests/Fixtures/sample", "--single-file", folder.path("no/such/folder/x.html"),
    ])
    #expect(noFolder.status == 2)
    #expect(noFolder.standardError.contains("cannot write"))
    let noOption = try FestdocProcess.run(["export", "Tests/Fixtures/sample"])
    #expect(noOption.status == 2)
  }
}
