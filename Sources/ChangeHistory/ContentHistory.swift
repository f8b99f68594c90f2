import ContentReader
import ContractDiff
import FestivalModel
import Foundation

/// The contract changes of the last commits that touched a content folder, newest first, for the
/// changes feed. Each revision's model is built once, and diffs come from the cache when an earlier
/// build worked them out for the same two trees. Without git, or in a shallow clone that stops early,
/// `note` says what is missing.
public struct ContentHistory: Hashable, Sendable {
  public var commits: [HistoryCommit] = []
  public var note: String?

  public init(commits: [HistoryCommit] = [], note: String? = nil) {
    self.commits = commits
    self.note = note
  }

  /// The last `count` commits that touched `content`, each with its changes.
  public static func read(content: URL, count: Int, cache: inout HistoryCache) -> ContentHistory {
    guard count > 0 else { return ContentHistory() }
    let root: URL
    let prefix: String
    do {
      root = URL(fileURLWithPath: try git(["rev-parse", "--show-toplevel"], content))
      prefix = try git(["rev-parse", "--show-prefix"], content)
    } catch {
      return ContentHistory(
        note: "The content folder is not in a git repository: there is no history to show.")
    }
    let path = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
    let log: [LogEntry]
    do {
      log = try LogEntry.read(count: count, content: content)
    } catch {
      return ContentHistory(note: "git could not list the history: \(error)")
    }
    let trees = (try? LogEntry.trees(of: log, path: path, repository: root)) ?? [:]
    let boundary = shallowBoundary(content)
    var models: [String: ContentModel] = [:]
    var history = ContentHistory()
    for entry in log {
      let parent =
        boundary.contains(entry.id)
        ? LogEntry.missing : entry.parent.map { trees[$0] ?? LogEntry.missing } ?? LogEntry.empty
      guard parent != LogEntry.missing else {
        history.note =
          "This is a shallow clone: the history stops at \(entry.shortID), whose parent is not here."
        break
      }
      let tree = trees[entry.id] ?? LogEntry.empty
      let diff =
        cache.diff(from: parent, to: tree)
        ?? {
          let found = ContentDiff.compare(
            old: model(parent, at: entry.parent ?? "", path, root, &models),
            new: model(tree, at: entry.id, path, root, &models))
          cache.store(found, from: parent, to: tree)
          return found
        }()
      history.commits.append(
        HistoryCommit(
          id: entry.id, shortID: entry.shortID, author: entry.author, date: entry.date,
          message: entry.message,
          diff: diff))
    }
    return history
  }

  /// The model of the content as `revision` holds it, built once per tree.
  private static func model(
    _ tree: String, at revision: String, _ path: String, _ root: URL, _ models: inout [String: ContentModel]
  ) -> ContentModel {
    if let known = models[tree] { return known }
    let empty = FestivalModelBuilder.build(ContentReader.read(files: [:]))
    let built =
      tree == LogEntry.empty
      ? empty : (try? RevisionModel.load(revision: revision, path: path, repository: root)) ?? empty
    models[tree] = built
    return built
  }

  /// The commits a shallow clone was cut at: git shows them without parents, so they would read as
  /// adding the whole content.
  static func shallowBoundary(_ folder: URL) -> Set<String> {
    guard (try? git(["rev-parse", "--is-shallow-repository"], folder)) == "true",
      let file = try? git(["rev-parse", "--path-format=absolute", "--git-path", "shallow"], folder),
      let text = try? String(contentsOfFile: file, encoding: .utf8)
    else { return [] }
    return Set(text.split(separator: "\n").map(String.init))
  }

  static func git(_ arguments: [String], _ folder: URL) throws -> String {
    try GitTreeReader.output(arguments, in: folder).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
