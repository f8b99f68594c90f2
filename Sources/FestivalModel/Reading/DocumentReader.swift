import ContentReader
import Diagnostics
import Foundation
import Markdown

/// Reads one content file into a `Document`: front matter, markdown, title, status and progress.
enum DocumentReader {
  /// With `parts`, the markdown's unchanged top-level blocks are taken from the last parse. A long text
  /// parsed anew uses `jobs` threads.
  static func read(_ file: ContentFile, kind: DocumentKind, parts: MarkdownPartCache? = nil, jobs: Int = 1)
    -> (Document, [Diagnostic])
  {
    if file.path.lowercased().hasSuffix(".proto") { return (protobuf(file, kind: kind), []) }
    if APIDocumentFile.isCandidate(path: file.path) { return (apiDocument(file, kind: kind), []) }
    let parsed = FrontMatterParser.parse(file.text, path: file.path)
    var diagnostics = parsed.diagnostics
    let body = parts?.parse(parsed.body, jobs: jobs) ?? MarkdownParser.parse(parsed.body, jobs: jobs)
    let front = parsed.frontMatter
    var status: WorkStatus?
    var statusLine: Int?
    if let written = front.text("fest_status", "status") {
      status = WorkStatus(written: written)
      let line = lineOfKey(
        front.entries.contains { $0.key == "fest_status" } ? "fest_status" : "status", in: file.text)
      statusLine = line
      if status?.known == nil {
        diagnostics.append(
          Diagnostic(
            .warning, rule: .frontmatterUnknownStatus,
            message: "status '\(written)' is not one the methodology defines; kept as written",
            at: SourceLocation(file: file.path, line: line, column: 1),
            fix: "use pending, in_progress, blocked or completed"))
      }
    }
    var document = Document(
      path: file.path, kind: kind, title: title(of: body, frontMatter: front, file: file), frontMatter: front,
      status: status, progress: ProgressCounter.count(body), body: body)
    document.statusLine = statusLine
    return (document, diagnostics)
  }

  /// The first level-1 heading; else the front matter's title or name; else the file name.
  /// An OpenAPI document: its text as one code block (YAML or JSON), titled by its `info.title`.
  static func apiDocument(_ file: ContentFile, kind: DocumentKind) -> Document {
    var document = protobuf(file, kind: kind)
    let isJSON = file.path.lowercased().hasSuffix(".json")
    if case .codeBlock(var code) = document.body.blocks.first {
      code.info = isJSON ? "json" : "yaml"
      document.body = MarkdownDocument(blocks: [.codeBlock(code)])
    }
    let title = #/(?m)^\s{2}"?title"?\s*:\s*"?([^"\n]+?)"?,?\s*$/#
    if let match = file.text.firstMatch(of: title) { document.title = String(match.1) }
    return document
  }

  /// A protobuf file: its text as one code block whose first line is the file's first line.
  static func protobuf(_ file: ContentFile, kind: DocumentKind) -> Document {
    let lines = max(
      1, file.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count)
    let code = CodeBlock(
      info: "proto", code: file.text, isFenced: false,
      range: TextRange(start: TextPosition(line: 1, column: 1), end: TextPosition(line: lines, column: 1)))
    return Document(
      path: file.path, kind: kind, title: file.name, frontMatter: FrontMatter(entries: []), status: nil,
      progress: .empty, body: MarkdownDocument(blocks: [.codeBlock(code)]))
  }

  static func title(of body: MarkdownDocument, frontMatter: FrontMatter, file: ContentFile) -> String {
    for case .heading(let heading) in body.blocks where heading.level == 1 {
      let text = heading.content.plainText.trimmingSpaces()
      if !text.isEmpty { return text }
    }
    if let title = frontMatter.text("title", "fest_name", "name") { return title }
    return file.baseName.replacingOccurrences(of: "_", with: " ")
  }

  static func kind(ofFileNamed name: String, isTask: Bool) -> DocumentKind {
    if isTask { return .task }
    switch name.uppercased() {
    case "FESTIVAL_OVERVIEW.MD": return .overview
    case "FESTIVAL_GOAL.MD": return .goal
    case "FESTIVAL_RULES.MD": return .rules
    case "TODO.MD": return .todo
    case "COMMON_INTERFACES.MD": return .interfaces
    case "PHASE_GOAL.MD": return .phaseGoal
    case "SEQUENCE_GOAL.MD": return .sequenceGoal
    default: return .document
    }
  }

  private static func lineOfKey(_ key: String, in text: String) -> Int {
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where line.hasPrefix(key + ":") {
      return index + 1
    }
    return 1
  }
}
