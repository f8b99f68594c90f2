import Diagnostics
import Yams

/// Cuts the YAML front matter off a document and reads it. Handles no front matter, one block, and
/// two blocks in a row; broken YAML becomes a diagnostic at its line and the body still renders.
enum FrontMatterParser {
  struct Result {
    var frontMatter: FrontMatter
    /// The markdown after the front matter, with blank lines in place of the cut lines so that line
    /// numbers stay those of the file.
    var body: String
    var diagnostics: [Diagnostic]
  }

  static func parse(_ text: String, path: String) -> Result {
    // Most large files have none: splitting a contract of a megabyte into lines to find out showed.
    guard String(text.prefix(while: { $0 != "\n" })).trimmingTrailingSpaces() == "---" else {
      return Result(
        frontMatter: FrontMatter(entries: merged([]), blockCount: 0), body: text, diagnostics: [])
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var entries: [YAMLEntry] = []
    var diagnostics: [Diagnostic] = []
    var blockCount = 0
    var cursor = 0
    while true {
      // A second block may follow the first after blank lines; the first must open the file.
      var start = cursor
      if blockCount > 0 { while start < lines.count && isBlank(lines[start]) { start += 1 } }
      guard start < lines.count, lines[start].trimmingTrailingSpaces() == "---" else { break }
      guard
        let end = lines[(start + 1)...].firstIndex(where: {
          let line = $0.trimmingTrailingSpaces()
          return line == "---" || line == "..."
        })
      else { break }
      let yaml = lines[(start + 1)..<end].joined(separator: "\n")
      blockCount += 1
      do {
        // The encoding given: Yams' default reads the whole environment on every parse (a sixth of
        // parsing a festival of small task files).
        if let node = try Yams.compose(yaml: yaml, .default, .default, .utf8) {
          if case .map(let read) = value(of: node) {
            entries.append(contentsOf: read)
          } else if node != Node("") {
            diagnostics.append(
              Diagnostic(
                .warning, rule: .frontmatterNotAMapping,
                message: "front matter is not a set of `key: value` lines and is ignored",
                at: SourceLocation(file: path, line: start + 2, column: 1)))
          }
        }
      } catch {
        diagnostics.append(yamlDiagnostic(error, path: path, firstLine: start + 2))
      }
      for index in start...end { lines[index] = "" }
      cursor = end + 1
    }
    return Result(
      frontMatter: FrontMatter(entries: merged(entries), blockCount: blockCount),
      body: lines.joined(separator: "\n"), diagnostics: diagnostics)
  }

  /// Later blocks win over earlier ones; each key appears once, at its first place.
  private static func merged(_ entries: [YAMLEntry]) -> [YAMLEntry] {
    var result: [YAMLEntry] = []
    for entry in entries {
      if let index = result.firstIndex(where: { $0.key == entry.key }) {
        result[index].value = entry.value
      } else {
        result.append(entry)
      }
    }
    return result
  }

  static func value(of node: Node) -> YAMLValue {
    switch node {
    case .scalar(let scalar):
      guard scalar.style == .plain || scalar.style == .any else { return .string(scalar.string) }
      let text = scalar.string
      if text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
      if ["true", "True", "TRUE"].contains(text) { return .bool(true) }
      if ["false", "False", "FALSE"].contains(text) { return .bool(false) }
      if let value = Int(text) { return .integer(value) }
      if text.contains("."), let value = Double(text), value.isFinite { return .number(value) }
      return .string(text)
    case .sequence(let sequence):
      return .list(sequence.map(value(of:)))
    case .mapping(let mapping):
      return .map(mapping.map { YAMLEntry(key: $0.key.string ?? "", value: value(of: $0.value)) })
    case .alias:
      return .null
    }
  }

  private static func yamlDiagnostic(_ error: Error, path: String, firstLine: Int) -> Diagnostic {
    var line = firstLine
    var column = 1
    var problem = "the YAML could not be read"
    if let yamlError = error as? YamlError {
      switch yamlError {
      case .scanner(_, let text, let mark, _), .parser(_, let text, let mark, _),
        .composer(_, let text, let mark, _):
        line = firstLine + mark.line - 1
        column = mark.column
        problem = text
      default:
        break
      }
    }
    return Diagnostic(
      .warning, rule: .frontmatterInvalidYaml,
      message: "front matter is not valid YAML (\(problem)); the document is shown without it",
      at: SourceLocation(file: path, line: line, column: column))
  }

  private static func isBlank(_ line: String) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " || copy.last == "\t" { copy.removeLast() }
    return copy
  }
}
