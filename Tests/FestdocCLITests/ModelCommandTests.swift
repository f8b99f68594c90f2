import Foundation
import TestSupport
import Testing

@Suite struct ModelCommandTests {
  @Test func sampleModelMatchesItsGoldenFile() throws {
    let result = try FestdocProcess.run(["model", "Tests/Fixtures/sample"])
    #expect(result.status == 0)
    #expect(result.standardError == "")
    assertGolden(result.standardOutput, named: "sample-model.json")
  }

  @Test func theJSONIsStableAndVersioned() throws {
    let first = try FestdocProcess.run(["model", "Tests/Fixtures/sample"])
    let second = try FestdocProcess.run(["model", "Tests/Fixtures/sample"])
    #expect(first.standardOutput == second.standardOutput)
    let object = try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any]
    #expect(object?["schemaVersion"] as? Int == 1)
  }

  @Test func diagnosticsGoToStandardErrorRelativeToTheCurrentFolder() throws {
    let folder = try TemporaryFolder(files: [
      "fest/FESTIVAL_OVERVIEW.md": "---\nfest_status: [broken\n---\n# Overview\n",
      "fest/COMMON_INTERFACES.md":
        "# CI\n\n| Component | Responsibility | Dependencies |\n|---|---|---|\n| A | x | Bee |\n",
    ])
    defer { folder.remove() }
    let result = try FestdocProcess.run(["model", "fest"], in: folder.url)
    #expect(result.status == 0)
    let lines = result.standardError.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "fest/COMMON_INTERFACES.md:5:11: warning: dependency 'Bee' names no component or external system [names.unknown]"
      ))
    #expect(
      lines.contains {
        $0.hasPrefix("fest/FESTIVAL_OVERVIEW.md:3:1: warning: front matter is not valid YAML")
          && $0.hasSuffix("[frontmatter.invalid-yaml]")
      })
  }
}
