import Foundation

/// A small edit to a contract, read from a `.patch` fixture: `# comment`, `expect: rule, rule`, then hunks
/// of `- line` (removed, in a row), `+ line` (put where the removed lines were) or `@ anchor` followed by
/// `+ line`s (put after the anchor line). Lines match whole and the first match is taken.
public struct ContractPatch {
  public var expected: [String] = []
  private var hunks: [(removed: [String], anchor: String?, added: [String])] = []

  public init(_ text: String) {
    var current: (removed: [String], anchor: String?, added: [String])?
    func line(_ raw: Substring) -> String { raw.count > 2 ? String(raw.dropFirst(2)) : "" }
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if raw.hasPrefix("#") || raw.isEmpty { continue }
      if raw.hasPrefix("expect:") {
        expected = raw.dropFirst(7).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      } else if raw.hasPrefix("@") {
        if let hunk = current { hunks.append(hunk) }
        current = ([], line(raw), [])
      } else if raw.hasPrefix("-") {
        if let hunk = current, !hunk.added.isEmpty || hunk.anchor != nil {
          hunks.append(hunk)
          current = nil
        }
        current = ((current?.removed ?? []) + [line(raw)], nil, [])
      } else if raw.hasPrefix("+") {
        current = current ?? ([], nil, [])
        current?.added.append(line(raw))
      }
    }
    if let hunk = current { hunks.append(hunk) }
  }

  public static func load(_ url: URL) throws -> ContractPatch {
    ContractPatch(try String(contentsOf: url, encoding: .utf8))
  }

  public struct Mismatch: Error, CustomStringConvertible {
    public var description: String
  }

  /// The text with every hunk applied; a hunk whose lines are not found is an error.
  public func apply(to text: String) throws -> String {
    var lines = text.components(separatedBy: "\n")
    for hunk in hunks {
      if let anchor = hunk.anchor {
        guard let index = lines.firstIndex(of: anchor) else {
          throw Mismatch(description: "no line '\(anchor)'")
        }
        lines.insert(contentsOf: hunk.added, at: index + 1)
        continue
      }
      guard let start = lines.indices.first(where: { lines[$0...].starts(with: hunk.removed) }) else {
        throw Mismatch(description: "no lines '\(hunk.removed.first ?? "")'...")
      }
      lines.replaceSubrange(start..<start + hunk.removed.count, with: hunk.added)
    }
    return lines.joined(separator: "\n")
  }
}
