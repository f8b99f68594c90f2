import Foundation

/// A git repository in a temporary folder, made commit by commit: each commit writes its files (paths
/// relative to the repository) and records them at its own date, a day after the one before.
public enum ScriptedRepository {
  public struct Commit {
    public var message: String
    public var files: [String: String]

    public init(_ message: String, _ files: [String: String]) {
      self.message = message
      self.files = files
    }
  }

  public static func make(_ commits: [Commit]) throws -> TemporaryFolder {
    let folder = try TemporaryFolder(files: [:])
    try GitCommand.run(["init", "-q", "-b", "main"], in: folder.url)
    for (day, commit) in commits.enumerated() {
      for (path, text) in commit.files { try folder.write(text, to: path) }
      try GitCommand.run(["add", "."], in: folder.url)
      try GitCommand.run(
        ["commit", "-q", "-m", commit.message], in: folder.url,
        date: String(format: "2026-01-%02dT10:00:00Z", day + 1))
    }
    return folder
  }

  /// The impact fixture's contract at `content/shop/`, then the same without the Release Stock operation:
  /// the history the changes feed's tests read.
  public static func shopContract() throws -> (contract: String, withoutRelease: String) {
    let contract = try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent(
        "Tests/Fixtures/diff/impact/COMMON_INTERFACES.md"),
      encoding: .utf8)
    let release = "| Release Stock | Reservation ID | Nothing | Not found | <50ms |\n"
    return (contract, contract.replacingOccurrences(of: release, with: ""))
  }
}
