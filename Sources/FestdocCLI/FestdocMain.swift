import ArgumentParser
import Foundation

/// Runs the root command and maps every outcome onto festdoc's exit codes:
/// 0 ok, 1 an error-level finding decided it, 2 unusable input or options.
public enum FestdocMain {
  public static func run(arguments: [String]? = nil) -> Never {
    MallocArenas.limitToRunningThreads()
    let code = execute(arguments: arguments)
    exit(code)
  }

  /// Parses and runs one command line; returns the exit code instead of exiting, for tests.
  public static func execute(arguments: [String]? = nil) -> Int32 {
    do {
      var command = try FestdocCommand.parseAsRoot(arguments)
      try command.run()
      return 0
    } catch let code as ExitCode {
      return code.rawValue
    } catch let error as FestdocError {
      StandardError.write("festdoc: error: \(error.description)\n")
      return 2
    } catch {
      let exitCode = FestdocCommand.exitCode(for: error)
      let message = FestdocCommand.fullMessage(for: error)
      if exitCode == .success {
        if !message.isEmpty { print(message) }
        return 0
      }
      StandardError.write(message + "\n")
      return 2
    }
  }
}
