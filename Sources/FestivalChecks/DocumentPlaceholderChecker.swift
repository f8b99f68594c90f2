import Diagnostics
import FestivalModel
import Markdown

/// Unfilled template text in the festival's other documents (the interface document's own placeholders
/// are reported by the reader): `[REPLACE: ...]`, `{{ ... }}`, `____`, and `[Festival Name]`-style
/// brackets in headings and table cells. Code spans are examples, not blanks. The quality-gate tasks
/// fest appends from its templates keep template text by design: they get one note per festival, and the
/// templates themselves (`gates/`) none.
struct DocumentPlaceholderChecker: FestivalChecker {
  func check(_ festival: Festival) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let gateTasks = Set(festival.allTasks.filter(\.isGate).map(\.path))
    let gateTemplates = (festival.path.isEmpty ? "" : festival.path + "/") + "gates/"
    var inGates: [(path: String, line: Int)] = []
    for document in festival.documents where document.path != festival.interfaces?.path {
      if festival.generation == .festEra && document.path.hasPrefix(gateTemplates) { continue }
      for (placeholder, line) in placeholders(in: document) {
        if gateTasks.contains(document.path) {
          inGates.append((document.path, line))
          continue
        }
        found.append(
          Diagnostic(
            .warning, rule: "placeholders.left",
            message: "placeholder '\(placeholder.prefix(60))' is not filled in",
            at: SourceLocation(file: document.path, line: line, column: 1),
            fix: "replace it with the real value"))
      }
    }
    if let first = inGates.first {
      let files = Set(inGates.map(\.path)).count
      found.append(
        Diagnostic(
          .note, rule: "placeholders.gate-template",
          message:
            "\(inGates.count) placeholders are left in \(files) quality-gate task\(files == 1 ? "" : "s") fest appended from its templates (first here)",
          at: SourceLocation(file: first.path, line: first.line, column: 1),
          fix: "fill them in when the gate runs, or leave them: fest's gate templates carry them"))
    }
    return found
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
