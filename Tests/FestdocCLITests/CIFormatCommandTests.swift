import Foundation
import TestSupport
import Testing

/// `--format sarif|junit` and `--baseline`/`--write-baseline` of `festdoc check` and `festdoc diff`, run as
/// a CI job runs them.
@Suite struct CIFormatCommandTests {
  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func results(_ sarif: String) throws -> [[String: Any]] {
    let run = try #require((try json(sarif)["runs"] as? [[String: Any]])?.first)
    return try #require(run["results"] as? [[String: Any]])
  }

  @Test func checkWritesSarifAndJUnit() throws {
    let sarif = try FestdocProcess.run(["check", "Tests/Fixtures/site", "--format", "sarif"])
    #expect(sarif.status == 0)
    let results = try Self.results(sarif.standardOutput)
    #expect(
      !results.isEmpty && results.allSatisfy { $0["ruleId"] is String && $0["partialFingerprints"] != nil })
    let uri =
      ((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
      .flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String }
    #expect(uri?.hasPrefix("Tests/Fixtures/site/") == true)
    let junit = try FestdocProcess.run(["check", "Tests/Fixtures/site", "--format", "junit"])
    #expect(junit.status == 0)
    #expect(
      junit.standardOutput.hasPrefix(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"festdoc check\""))
    #expect(junit.standardOutput.contains("failures=\"0\""))
    let strict = try FestdocProcess.run([
      "check", "Tests/Fixtures/site", "--format", "junit", "--warnings-as-errors",
    ])
    #expect(strict.status == 1 && strict.standardOutput.contains("<failure type=\"links.broken\""))
  }

  /// A baseline accepts today's findings: a later run reports only a new one, and exits by it alone.
  @Test func checkReportsOnlyWhatTheBaselineDoesNotHold() throws {
    let folder = try TemporaryFolder(files: [
      "c/festdoc.yml": "rules:\n  links.broken: error\n", "c/a.md": "# A\n\n[gone](b.md)\n",
    ])
    defer { folder.remove() }
    let written = try FestdocProcess.run(["check", "c", "--write-baseline", "baseline.json"], in: folder.url)
    #expect(written.status == 1)
    let accepted = try FestdocProcess.run(["check", "c", "--baseline", "baseline.json"], in: folder.url)
    #expect(accepted.status == 0 && accepted.standardError == "0 errors, 0 warnings, 0 notes in 2 files\n")
    // The accepted finding moves down two lines; a new one appears.
    try Data("# A\n\nIntro.\n\n[gone](b.md)\n\n[also gone](c.md)\n".utf8).write(
      to: folder.url.appendingPathComponent("c/a.md"))
    let later = try FestdocProcess.run(["check", "c", "--baseline", "baseline.json"], in: folder.url)
    #expect(later.status == 1)
    #expect(later.standardError.contains("c/a.md:7:1: error: broken link: no document 'c.md'"))
    #expect(!later.standardError.contains("'b.md'"))
    let missing = try FestdocProcess.run(["check", "c", "--baseline", "nothing.json"], in: folder.url)
    #expect(missing.status == 2 && missing.standardError.contains("cannot read the baseline 'nothing.json'"))
  }

  @Test func diffWritesSarifJUnitAndHonoursABaseline() throws {
    let base = try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent(
        "Tests/Fixtures/diff/base/COMMON_INTERFACES.md"),
      encoding: .utf8)
    let relaxed = base.replacingOccurrences(
      of: "99.99% uptime, <1s response", with: "99.9% uptime, <1s response")
    let folder = try TemporaryFolder(files: [
      "old/COMMON_INTERFACES.md": base, "new/COMMON_INTERFACES.md": relaxed,
      "newer/COMMON_INTERFACES.md": relaxed.replacingOccurrences(
        of: "| Twilio | SMS delivery notices | HTTPS/REST | 99.95% uptime, <2s response |\n", with: ""),
      "new/festdoc.yml": "docs_url: https://docs.example.com/festdoc/{page}.html#{rule}\n",
    ])
    defer { folder.remove() }
    let sarif = try FestdocProcess.run(["diff", "old", "new", "--format", "sarif"], in: folder.url)
    #expect(sarif.status == 0)
    let results = try Self.results(sarif.standardOutput)
    #expect(results.map { $0["ruleId"] as? String } == ["external-system.sla-relaxed"])
    #expect(results.first?["level"] as? String == "warning")
    #expect(
      sarif.standardOutput.contains(
        "\"helpUri\" : \"https://docs.example.com/festdoc/diff-rules.html#component.added\""))
    let junit = try FestdocProcess.run(
      ["diff", "old", "new", "--format", "junit", "--fail-on", "risky"], in: folder.url)
    #expect(
      junit.status == 1 && junit.standardOutput.contains("<failure type=\"external-system.sla-relaxed\""))
    // Accept the relaxed SLA; the next version also drops Twilio, and only that is reported.
    #expect(
      try FestdocProcess.run(["diff", "old", "new", "--write-baseline", "b.json"], in: folder.url).status == 0
    )
    let next = try FestdocProcess.run(
      ["diff", "old", "newer", "--format", "sarif", "--baseline", "b.json"], in: folder.url)
    #expect(
      try Self.results(next.standardOutput).map { $0["ruleId"] as? String }.contains(
        "external-system.sla-relaxed") == false)
    #expect(
      try Self.results(next.standardOutput).contains { $0["ruleId"] as? String == "external-system.removed" })
  }
}
