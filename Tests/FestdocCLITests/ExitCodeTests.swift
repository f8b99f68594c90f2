import TestSupport
import Testing

@Suite struct ExitCodeTests {
  @Test func versionAndHelpSucceed() throws {
    let version = try FestdocProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    for arguments in [["--help"], ["model", "--help"], ["help", "model"]] {
      let help = try FestdocProcess.run(arguments)
      #expect(help.status == 0, "\(arguments)")
      #expect(help.standardOutput.contains("USAGE: festdoc"), "\(arguments)")
    }
  }

  @Test func unusableOptionsAndMissingFoldersExitTwo() throws {
    let badFlag = try FestdocProcess.run(["model", "--no-such-flag"])
    #expect(badFlag.status == 2)
    #expect(badFlag.standardError.contains("--no-such-flag"))
    let missing = try FestdocProcess.run(["model", "/nonexistent/content"])
    #expect(missing.status == 2)
    #expect(missing.standardError == "festdoc: error: content folder '/nonexistent/content' does not exist\n")
    let unknown = try FestdocProcess.run(["frobnicate"])
    #expect(unknown.status == 2)
  }
}
