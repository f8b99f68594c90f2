import Foundation
import TestSupport
import Testing

@Suite struct BuildCommandTests {
  @Test func buildsTheSampleAndPrintsOnlyTheSummaryToAPipe() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("site").path
    let result = try FestdocProcess.run(["build", "Tests/Fixtures/sample", "--output", output])
    #expect(result.status == 0)
    #expect(result.standardError == "")
    #expect(result.standardOutput.hasPrefix("Built 79 pages (0 errors, 0 warnings, 0 notes) in "))
    #expect(
      FileManager.default.fileExists(atPath: output + "/parcel-tracking-pt0001/components/api-gateway.html"))
  }

  @Test func twoBuildsAreByteIdenticalWithAnyJobs() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let first = folder.url.appendingPathComponent("one").path
    let second = folder.url.appendingPathComponent("two").path
    _ = try FestdocProcess.run(["build", "Tests/Fixtures/site", "-o", first, "--jobs", "1", "-q"])
    _ = try FestdocProcess.run(["build", "Tests/Fixtures/site", "-o", second, "--jobs", "5", "-q"])
    let files = try FileManager.default.subpathsOfDirectory(atPath: first).sorted()
    #expect(try FileManager.default.subpathsOfDirectory(atPath: second).sorted() == files)
    for path in files {
      #expect(
        FileManager.default.contents(atPath: first + "/" + path)
          == FileManager.default.contents(atPath: second + "/" + path), "\(path)")
    }
  }

  @Test func diagnosticsPrintAndTheSiteStillBuilds() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let result = try FestdocProcess.run([
      "build", "Tests/Fixtures/site", "-o", folder.url.appendingPathComponent("o").path,
    ])
    #expect(result.status == 0)
    #expect(
      result.standardError.contains(
        "Tests/Fixtures/site/shop/FESTIVAL_OVERVIEW.md:10:1: warning: broken link: no document 'NOPE.md' [links.broken]"
      ))
    #expect(result.standardOutput.contains("(0 errors, 7 warnings, 0 notes)"))
  }

  @Test func strictStopsOnErrorsAndLeavesThePreviousSite() throws {
    let folder = try TemporaryFolder(files: [
      "content/COMMON_INTERFACES.md":
        "# CI\n\n**Current Status**: FINALIZED\n\n**Review Deadline**: [REPLACE: date]\n"
    ])
    defer { folder.remove() }
    let output = folder.url.appendingPathComponent("out").path
    let first = try FestdocProcess.run(["build", "content", "-o", output], in: folder.url)
    #expect(first.status == 0)
    try Data("previous".utf8).write(to: URL(fileURLWithPath: output + "/index.html"))
    let strict = try FestdocProcess.run(["build", "content", "-o", output, "--strict"], in: folder.url)
    #expect(strict.status == 1)
    #expect(
      strict.standardError.contains(
        "error: placeholder '[REPLACE: date]' is not filled in [placeholders.left]"))
    #expect(FileManager.default.contents(atPath: output + "/index.html") == Data("previous".utf8))
    // The pages it had written into its staging folder went with it.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["content", "out"])
  }

  @Test func unusableInputExitsTwo() throws {
    let folder = try TemporaryFolder(files: ["precious/notes.txt": "mine", "content/a.md": "# A\n"])
    defer { folder.remove() }
    let notOurs = try FestdocProcess.run(["build", "content", "-o", "precious"], in: folder.url)
    #expect(notOurs.status == 2)
    #expect(notOurs.standardError.contains("refusing to replace it"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
        "content", "precious",
      ])
    let missing = try FestdocProcess.run(["build", "nothing-here", "-o", "deep/er/site"], in: folder.url)
    #expect(missing.status == 2)
    // A build that fails before rendering creates nothing, not even the output's parent folders.
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("deep").path))
    let badJobs = try FestdocProcess.run(["build", "content", "--jobs", "0"], in: folder.url)
    #expect(badJobs.status == 2)
    let badTheme = try FestdocProcess.run(
      ["build", "content", "-o", "x", "--theme", "no-theme"], in: folder.url)
    #expect(badTheme.status == 2)
  }

  @Test func timingsNameEveryStage() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let result = try FestdocProcess.run([
      "build", "Tests/Fixtures/site", "-o", folder.url.appendingPathComponent("o").path, "--timings", "-q",
    ])
    for stage in ["read", "parse", "model", "plan", "render", "write"] {
      #expect(result.standardError.contains("  \(stage) "), "\(stage)")
    }
    // Each stage's line ends with the memory high-water mark by its end, in MB.
    let renderLine = result.standardError.split(separator: "\n").first { $0.hasPrefix("  render ") }
    #expect(renderLine?.contains(" MB") == true)
    #expect(renderLine?.contains("peak") == true)
    #expect(result.standardOutput == "")
  }
}
