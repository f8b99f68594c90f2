import Foundation

/// Reads the files of a folder as they were at a git revision, through the `git` command, into memory:
/// nothing is checked out and nothing is written.
public enum GitTreeReader {
  /// `revision` is anything git names a commit by; `path` a folder relative to the repository's root
  /// ("" for the root). `repository` is any folder inside the repository.
  public static func files(revision: String, path: String, repository: URL) throws -> (
    files: [String: Data], tooLarge: [String]
  ) {
    let folder = path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    let tree = "\(revision):\(folder)"
    let typeOutput = try git(["cat-file", "-t", "--", tree], in: repository)
    let type = String(decoding: typeOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard type == "tree" else {
      throw ContentReadError.git("'\(tree)' is a \(type), not a folder")
    }
    // --full-tree: without it ls-tree lists only what lies under the current folder.
    let listing = try git(["ls-tree", "-r", "-l", "-z", "--full-tree", tree], in: repository)
    var wanted: [(path: String, object: String)] = []
    var refused: [String] = []
    for entry in listing.split(separator: 0) {
      // <mode> SP <type> SP <object> SP <size> TAB <path>
      let text = String(decoding: entry, as: UTF8.self)
      guard let tab = text.firstIndex(of: "\t") else { continue }
      let fields = text[..<tab].split(separator: " ", omittingEmptySubsequences: true)
      let entryPath = String(text[text.index(after: tab)...])
      // Regular files only: links (120000) and submodules (160000) are not content.
      guard fields.count == 4, fields[1] == "blob", fields[0].hasPrefix("100") else { continue }
      guard ContentDecoder.wants(path: entryPath) else { continue }
      if let size = Int(fields[3]), size > ContentDecoder.maximumFileSize {
        refused.append(entryPath)
      } else {
        wanted.append((entryPath, String(fields[2])))
      }
    }
    return (try contents(of: wanted, in: repository), refused)
  }

  /// What a git command prints, run in `repository`; `input` goes to its standard input.
  public static func output(_ arguments: [String], in repository: URL, input: Data? = nil) throws -> String {
    String(decoding: try git(arguments, in: repository, input: input), as: UTF8.self)
  }

  /// All blobs in one `git cat-file --batch` process.
  private static func contents(of entries: [(path: String, object: String)], in repository: URL) throws
    -> [String: Data]
  {
    guard !entries.isEmpty else { return [:] }
    let request = entries.map { $0.object + "\n" }.joined()
    let output = try git(["cat-file", "--batch"], in: repository, input: Data(request.utf8))
    var files: [String: Data] = [:]
    var cursor = output.startIndex
    for entry in entries {
      // <object> SP <type> SP <size> LF <contents> LF
      guard let newline = output[cursor...].firstIndex(of: 10) else { break }
      let header = String(decoding: output[cursor..<newline], as: UTF8.self).split(separator: " ")
      guard header.count == 3, let size = Int(header[2]) else {
        throw ContentReadError.git("unexpected reply from git cat-file for '\(entry.path)'")
      }
      let start = newline + 1
      let end = start + size
      guard end <= output.endIndex else { throw ContentReadError.git("git cat-file stopped early") }
      files[entry.path] = Data(output[start..<end])
      cursor = end + 1
    }
    return files
  }

  private static func git(_ arguments: [String], in repository: URL, input: Data? = nil) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", repository.path] + arguments
    let output = Pipe()
    let errors = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = standardInput
    do { try process.run() } catch {
      throw ContentReadError.git("could not run git: \(error.localizedDescription)")
    }
    // Written from another thread: git answers while it reads, and a full pipe would stop both sides.
    let writer = Thread {
      if let input { standardInput.fileHandleForWriting.write(input) }
      try? standardInput.fileHandleForWriting.close()
    }
    writer.start()
    let errorReader = PipeCollector(errors.fileHandleForReading)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let message = errorReader.finish()
    guard process.terminationStatus == 0 else {
      let reason = message.trimmingCharacters(in: .whitespacesAndNewlines)
      throw ContentReadError.git(reason.isEmpty ? "git \(arguments[0]) failed" : reason)
    }
    return data
  }
}
