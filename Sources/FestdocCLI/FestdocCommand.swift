import ArgumentParser

/// `festdoc`: the root command; each job is a subcommand.
public struct FestdocCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "festdoc",
    abstract: "Publish Festival Methodology interface contracts as a linked static site.",
    version: FestdocVersion.current,
    subcommands: [
      BuildCommand.self, ServeCommand.self, CheckCommand.self, ExportCommand.self, DiffCommand.self,
      DiagramCommand.self,
      ModelCommand.self,
    ]
  )

  public init() {}
}
