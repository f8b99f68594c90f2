import Diagnostics
import FestivalModel
import Markdown

/// Unfilled template text in the festival's other documents (the interface document's own placeholders
/// are reported by the reader): `[REPLACE: ...]`, `{{ ... }}`, `____`, and `[Festival Name]`-style
/// brackets in headings and table cells.
struct DocumentPlaceholderChecker: FestivalChecker {
  func check(_ festival: Festival) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for document in festival.documents where document.path != festival.interfaces?.path {
      for block in document.body.allBlocks {
        for (text, line, bracketsCount) in texts(of: block) {
          var placeholders = Placeholders.markers(in: text)
          if bracketsCount { placeholders += Placeholders.brackets(in: text) }
          for placeholder in placeholders {
            found.append(
              Diagnostic(
                .warning, rule: "placeholders.left",
                message: "placeholder '\(placeholder.prefix(60))' is not filled in",
                at: SourceLocation(file: document.path, line: line, column: 1),
                fix: "replace it with the real value"))
          }
        }
      }
    }
    return found
  }

  /// The texts of a block with their lines; whether bare brackets count there (headings and cells).
  private func texts(of block: Block) -> [(String, Int, Bool)] {
    switch block {
    case .heading(let heading): return [(heading.content.plainText, heading.range.start.line, true)]
    case .paragraph(let paragraph): return [(paragraph.content.plainText, paragraph.range.start.line, false)]
    case .table(let table):
      return ([table.header] + table.rows).flatMap { row in
        row.cells.map { ($0.content.plainText, $0.range.start.line, true) }
      }
    default: return []
    }
  }
}
