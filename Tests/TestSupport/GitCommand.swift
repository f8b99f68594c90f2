import Foundation

/// Runs `git` for tests that script a history, with a fixed author and fixed dates so two runs make the
/// same commits.
public enum GitCommand {
  @discardableResult
  public static func run(_ arguments: [String], in folder: URL, date: String = "2026-01-02T03:04:05Z") throws
    -> String
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      [
        "GIT_AUTHOR_DATE=\(date)", "GIT_COMMITTER_DATE=\(date)", "git", "-c", "user.name=festdoc", "-c",
        "user.email=festdoc@example.invalid", "-c", "commit.gpgsign=false",
      ] + arguments
    process.currentDirectoryURL = folder
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "git \(arguments) failed"])
    }
    return String(decoding: data, as: UTF8.self)
  }
}
