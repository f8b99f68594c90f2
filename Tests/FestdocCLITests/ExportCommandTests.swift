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
    #expect(result.standardOutput.hasPrefix("Exported 78 pages ("))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("review")) == ["contracts.html"])
    let html = try String(contentsOfFile: file, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("id=\"page-parcel-tracking-pt0001--components--billing-service\""))
    // A second export replaces the file.
    #expect(
      try FestdocProcess.run(["export", "Tests/Fixtures/sample", "--single-file", file, "-q"]).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("review")) == ["contracts.html"])
  }

  /// The single file is made from the theme's `section` and `single` templates, never by scraping the
  /// default layout's markup: a theme whose layout has no `<main>` still exports, in its own markup.
  @Test func exportHonoursTheTheme() throws {
    let folder = try TemporaryFolder(files: [
      "theme/layout.mustache": "<html><body><article>{{{content}}}</article></body></html>",
      "theme/section.mustache": "<div class=\"my-section\" data-page=\"{{page}}\">{{{content}}}</div>",
    ])
    defer { folder.remove() }
    let file = folder.path("one.html")
    let result = try FestdocProcess.run([
      "export", "Tests/Fixtures/sample", "--single-file", file, "--theme", folder.path("theme"), "-q",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let html = try String(contentsOfFile: file, encoding: .utf8)
    #expect(
      html.contains(
        "<div class=\"my-section\" data-page=\"parcel-tracking-pt0001/components/billing-service.html\">"))
    #expect(html.contains("Billing Service"))
    #expect(!html.contains("<nav class=\"breadcrumbs\""), "the default section's breadcrumbs are not used")
    let missing = try FestdocProcess.run([
      "export", "Tests/Fixtures/sample", "--single-file", file, "--theme", folder.path("none"),
    ])
    #expect(missing.status == 2)
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
