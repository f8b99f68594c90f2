import Foundation
import TestSupport
import Testing

@Suite struct CheckCommandTests {
  @Test func textOutputIsSortedWithASummary() throws {
    let result = try FestdocProcess.run(["check", "Tests/Fixtures/site"])
    #expect(result.status == 0)
    // Text findings go to standard error, as every command's do; nothing is left on standard output.
    #expect(result.standardOutput == "")
    assertGolden(result.standardError, named: "check-site.txt")
  }

  @Test func jsonOutputHasEveryField() throws {
    let result = try FestdocProcess.run(["check", "Tests/Fixtures/site", "--format", "json"])
    #expect(result.status == 0)
    assertGolden(result.standardOutput, named: "check-site.json")
    let entries = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]]
    #expect(
      entries?.first?.keys.sorted() == ["column", "fix", "line", "message", "path", "rule", "severity"])
  }

  @Test func githubOutputIsWorkflowAnnotations() throws {
    let result = try FestdocProcess.run(["check", "Tests/Fixtures/site", "--format", "github"])
    #expect(result.status == 0)
    assertGolden(result.standardOutput, named: "check-site.github")
  }

  @Test func theSampleIsClean() throws {
    let result = try FestdocProcess.run(["check", "Tests/Fixtures/sample"])
    #expect(result.status == 0)
    #expect(result.standardError == "0 errors, 0 warnings, 0 notes in 27 files\n")
  }

  @Test func errorsExitOne() throws {
    let strict = try FestdocProcess.run(["check", "Tests/Fixtures/site", "--warnings-as-errors"])
    #expect(strict.status == 1)
    #expect(strict.standardError.hasSuffix("7 errors, 0 warnings, 0 notes in 5 files\n"))
    let folder = try TemporaryFolder(files: [
      "c/COMMON_INTERFACES.md": "# CI\n\n| Component | Responsibility |\n|---|---|\n| A | x |\n| a | y |\n"
    ])
    defer { folder.remove() }
    let duplicate = try FestdocProcess.run(["check", "c"], in: folder.url)
    #expect(duplicate.status == 1)
    #expect(
      duplicate.standardError.contains(
        "c/COMMON_INTERFACES.md:6:1: error: component 'a' is defined twice (first at line 5) [duplicates.name]"
      ))
  }

  @Test func disablingAndConfiguringRules() throws {
    let disabled = try FestdocProcess.run([
      "check", "Tests/Fixtures/site", "--disable", "links.broken", "--disable", "links.unsafe",
    ])
    #expect(disabled.status == 0)
    #expect(!disabled.standardError.contains("[links."))
    let folder = try TemporaryFolder(files: [
      "c/festdoc.yml": "rules:\n  links.broken: error\n",
      "c/a.md": "# A\n\n[gone](b.md)\n",
    ])
    defer { folder.remove() }
    let configured = try FestdocProcess.run(["check", "c"], in: folder.url)
    #expect(configured.status == 1)
    #expect(
      configured.standardError.contains("c/a.md:3:1: error: broken link: no document 'b.md' [links.broken]"))
  }

  @Test func unusableInputExitsTwo() throws {
    #expect(try FestdocProcess.run(["check", "/no/such/folder"]).status == 2)
    #expect(try FestdocProcess.run(["check", "Tests/Fixtures/site", "--format", "xml"]).status == 2)
    let unknown = try FestdocProcess.run(["check", "Tests/Fixtures/site", "--disable", "no.such-rule"])
    #expect(unknown.status == 2)
    #expect(unknown.standardError.contains("--disable names no rule 'no.such-rule'"))
  }
}
