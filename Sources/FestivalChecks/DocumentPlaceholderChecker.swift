import ContentReader
import Diagnostics
import FestivalModel
import Markdown

/// Unfilled template text in the festival's other documents (the interface document's own placeholders
/// are reported by the reader): `[REPLACE: ...]`, `{{ ... }}`, `____`, and `[Festival Name]`-style
/// brackets in headings and table cells. Code spans are examples, not blanks. The quality-gate tasks
/// fest appends from its templates keep template text by design: they get one note per festival, and the
/// templates themselves (`gates/`) none.
struct DocumentPlaceholderChecker: FestivalChecker {
  /// A preview session's placeholders of each document, kept while the document is unchanged.
  var memo: PathMemo<Document, [(String, Int)]>?

  func check(_ festival: Festival) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let gateTasks = Set(festival.allTasks.filter(\.isGate).map(\.path))
    let gateTemplates = (festival.path.isEmpty ? "" : festival.path + "/") + "gates/"
    var inGates: [(path: String, line: Int)] = []
    for document in festival.documents where document.path != festival.interfaces?.path {
      if festival.generation == .festEra && document.path.hasPrefix(gateTemplates) { continue }
      let left =
        memo?.value(at: document.path, from: document) { placeholders(in: document) }
        ?? placeholders(in: document)
      if gateTasks.contains(document.path) {
        inGates += left.map { (document.path, $0.1) }
      } else if left.count > Self.perLineLimit {
        found.append(unfilledTemplate(document.path, left))
      } else {
        found += left.map { placeholder, line in
          Diagnostic(
            .warning, rule: .placeholdersLeft,
            message: "placeholder '\(placeholder.prefix(60))' is not filled in",
            at: SourceLocation(file: document.path, line: line, column: 1),
            fix: "replace it with the real value")
        }
      }
    }
    if let first = inGates.first {
      let files = Set(inGates.map(\.path)).count
      found.append(
        Diagnostic(
          .note, rule: .placeholdersGateTemplate,
          message:
            "\(inGates.count) placeholders are left in \(files) quality-gate task\(files == 1 ? "" : "s") fest appended from its templates (first here)",
          at: SourceLocation(file: first.path, line: first.line, column: 1),
          fix: "fill them in when the gate runs, or leave them: fest's gate templates carry them"))
    }
    return found
  }

  /// Past this many in one document, it is still the template: one finding says so, with its lines.
  static let perLineLimit = 5

  private func unfilledTemplate(_ path: String, _ left: [(String, Int)]) -> Diagnostic {
    var lines: [Int] = []
    for (_, line) in left where lines.last != line { lines.append(line) }
    let shown = lines.prefix(8).map(String.init).joined(separator: ", ") + (lines.count > 8 ? ", …" : "")
    return Diagnostic(
      .warning, rule: .placeholdersLeft,
      message:
        "\(left.count) placeholders are not filled in, from '\(left[0].0.prefix(60))' on (lines \(shown)): the document is still its template",
      at: SourceLocation(file: path, line: left[0].1, column: 1),
      fix: "fill the document in, or remove what does not apply")
  }

  private func placeholders(in document: Document) -> [(String, Int)] {
    document.body.allBlocks.flatMap { block in
      texts(of: block).flatMap { text, line, bracketsCount in
        var placeholders = Placeholders.markers(in: text)
        if bracketsCount { placeholders += Placeholders.brackets(in: text) }
        return placeholders.map { ($0, line) }
      }
    }
  }

  /// The prose of a block with its lines; whether bare brackets count there (headings and cells).
  private func texts(of block: Block) -> [(String, Int, Bool)] {
    switch block {
    case .heading(let heading): return [(heading.content.proseText, heading.range.start.line, true)]
    case .paragraph(let paragraph): return [(paragraph.content.proseText, paragraph.range.start.line, false)]
    case .table(let table):
      return ([table.header] + table.rows).flatMap { row in
        row.cells.map { ($0.content.proseText, $0.range.start.line, true) }
      }
    default: return []
    }
  }
}
