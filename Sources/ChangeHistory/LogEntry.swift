import ContentReader
import Foundation

/// One line of `git log` for the content folder: the commit, its first parent, its author, date and
/// subject line.
struct LogEntry: Hashable {
  var id: String
  var shortID: String
  var author: String
  var date: String
  var parent: String?
  var message: String

  /// A tree id for "no content here": the folder did not exist, or the commit has no parent.
  static let empty = "empty"
  /// The parent is not in the repository (a shallow clone).
  static let missing = "missing"

  /// The last `count` commits that touched `content`, newest first.
  static func read(count: Int, content: URL) throws -> [LogEntry] {
    let format = ["%H", "%h", "%an", "%aI", "%P", "%s"].joined(separator: "%x1f") + "%x1e"
    let text = try GitTreeReader.output(
      ["log", "-n", String(count), "--format=" + format, "--", "."], in: content)
    return text.split(separator: "\u{1E}").compactMap { record in
      let fields = record.trimmingCharacters(in: .whitespacesAndNewlines).split(
        separator: "\u{1F}", omittingEmptySubsequences: false
      ).map(String.init)
      guard fields.count == 6 else { return nil }
      return LogEntry(
        id: fields[0], shortID: fields[1], author: fields[2], date: fields[3],
        parent: fields[4].split(separator: " ").first.map(String.init), message: fields[5])
    }
  }

  /// The content folder's tree id in every commit of `log` and its parent: `empty` where the folder is
  /// absent, `missing` where the commit itself is not in the repository.
  static func trees(of log: [LogEntry], path: String, repository: URL) throws -> [String: String] {
    let commits = Array(Set(log.flatMap { [$0.id] + ($0.parent.map { [$0] } ?? []) })).sorted()
    // One `cat-file --batch-check` for all of them: `<id> tree <size>`, or `<name> missing`.
    let input = commits.map { commit in "\(commit):\(path)" }.joined(separator: "\n") + "\n"
    let answer = try GitTreeReader.output(
      ["cat-file", "--batch-check"], in: repository, input: Data(input.utf8))
    var trees: [String: String] = [:]
    for (commit, line) in zip(commits, answer.split(separator: "\n")) {
      let fields = line.split(separator: " ")
      if fields.count >= 2, fields[1] == "tree" {
        trees[commit] = String(fields[0])
      } else {
        let exists =
          (try? GitTreeReader.output(["cat-file", "-e", commit + "^{commit}"], in: repository)) != nil
        trees[commit] = exists ? empty : missing
      }
    }
    return trees
  }
}
