import ArgumentParser
import Testing

@testable import FestdocCLI

/// Argument parsing, validation and help, in process: what each command accepts, what it refuses and
/// with which message, before anything is read.
@Suite struct CommandParsingTests {
  /// The message and exit code a command line is refused with; nil when it parses.
  func refusal(_ arguments: [String]) -> (message: String, code: Int32)? {
    do {
      _ = try FestdocCommand.parseAsRoot(arguments)
      return nil
    } catch {
      return (FestdocCommand.message(for: error), FestdocCommand.exitCode(for: error).rawValue)
    }
  }

  @Test func buildTakesItsOptions() throws {
    let command = try #require(
      try FestdocCommand.parseAsRoot([
        "build", "Site/content", "-o", "public", "--jobs", "3", "--base-url", "https://docs.example.com/",
        "--disable", "links.broken", "--strict", "--full", "-q",
      ]) as? BuildCommand)
    #expect(command.contentOptions.content == "Site/content")
    #expect(command.output == "public")
    #expect(command.jobs == 3)
    #expect(command.baseURL == "https://docs.example.com/")
    #expect(command.ruleOptions.disabledRules == ["links.broken"])
    #expect(command.strict && command.full && command.quiet)
  }

  @Test func defaultsAreContentIntoOutput() throws {
    let command = try #require(try FestdocCommand.parseAsRoot(["build"]) as? BuildCommand)
    #expect(command.contentOptions.content == "Content")
    #expect(command.output == "Output")
    #expect(command.jobs >= 1)
    let check = try #require(try FestdocCommand.parseAsRoot(["check"]) as? CheckCommand)
    #expect(check.format == .text)
  }

  @Test(arguments: [
    (["build", "--jobs", "0"], "--jobs must be at least 1"),
    (["build", "--base-url", "ftp://example.com/"], "--base-url must start with https:// or http://"),
    (["check", "--disable", "links.brokn"], "--disable names no rule 'links.brokn'"),
    (["check", "--format", "xml"], "xml"),
    (["export", "Content"], "--single-file"),
    (["serve", "--port", "70000"], "--port must be between 0 and 65535"),
    (["diff", "old"], "new"),
    (["diagram"], "input"),
    (["nonsense"], "nonsense"),
  ])
  func badLinesAreRefusedWithAReason(_ arguments: [String], _ reason: String) throws {
    let refused = try #require(refusal(arguments), "\(arguments) parsed")
    #expect(refused.message.contains(reason), "\(refused.message)")
    #expect(refused.code != 0)
  }

  @Test func helpNamesEveryOption() {
    let build = FestdocCommand.helpMessage(for: BuildCommand.self)
    for option in [
      "--output", "--theme", "--jobs", "--base-url", "--strict", "--full", "--timings", "--disable",
    ] {
      #expect(build.contains(option), "build help lacks \(option)")
    }
    let export = FestdocCommand.helpMessage(for: ExportCommand.self)
    #expect(export.contains("--single-file") && export.contains("--theme"))
    let root = FestdocCommand.helpMessage()
    for command in ["build", "serve", "check", "export", "diff", "diagram", "model"] {
      #expect(root.contains("  \(command)"), "root help lacks \(command)")
    }
  }

  @Test func unusableOptionsExitWithStatusTwo() {
    #expect(FestdocMain.execute(arguments: ["build", "--jobs", "0"]) == 2)
    #expect(FestdocMain.execute(arguments: ["check", "--disable", "nope"]) == 2)
    #expect(FestdocMain.execute(arguments: ["--version"]) == 0)
  }
}
