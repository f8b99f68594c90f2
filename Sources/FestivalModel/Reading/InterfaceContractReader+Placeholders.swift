import Diagnostics
import Markdown

extension InterfaceContractReader {
  /// Finds `[REPLACE: ...]`, `{{ ... }}`, `____` and the like on every line outside code blocks.
  mutating func scanPlaceholderMarkers(_ body: MarkdownDocument) {
    for marker in preparedMarkers ?? Self.placeholderMarkers(in: text, body: body) {
      contract.placeholders.append(
        Placeholder(text: marker.text, isTemplateRow: false, location: at(marker.line, marker.column)))
    }
  }

  /// The placeholder markers on the lines outside code blocks, in text order.
  static func placeholderMarkers(in text: String, body: MarkdownDocument) -> [(
    line: Int, column: Int, text: String
  )] {
    var codeLines = Set<Int>()
    for case .codeBlock(let code) in body.allBlocks {
      codeLines.formUnion(code.range.start.line...max(code.range.start.line, code.range.end.line))
    }
    // Content text has `\n` line ends only (the reader turns `\r` into `\n`). Lines are cut out only
    // where a marker may start, since most lines of a large contract hold none.
    var text = text
    let candidates: [(line: Int, text: String)] = text.withUTF8 { bytes in
      var found: [(Int, String)] = []
      var (line, offset) = (1, 0)
      var start = 0
      while offset < bytes.count {
        if bytes[offset] == 0x0A {
          line += 1
          start = offset + 1
        } else if PlaceholderDetector.mayStartMarker(bytes, at: offset) {
          var end = offset
          while end < bytes.count && bytes[end] != 0x0A { end += 1 }
          found.append(
            (line, String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
          offset = end
          continue
        }
        offset += 1
      }
      return found
    }
    return candidates.filter { !codeLines.contains($0.line) }.flatMap { line, lineText in
      PlaceholderDetector.markers(in: lineText).map { (line, $0.column, $0.text) }
    }
  }

  /// The rows of a table worth reading: template rows are recorded as placeholders and skipped,
  /// and so are rows with no text at all.
  mutating func contentRows(_ view: TableView) -> [[TableView.Cell]] {
    // Each row is looked at once: a large contract's tables hold tens of thousands.
    var kept: [[TableView.Cell]] = []
    kept.reserveCapacity(view.rows.count)
    for row in view.rows {
      if PlaceholderDetector.isTemplateRow(row.lazy.map(\.text)) {
        recordTemplateRow(row, of: view)
      } else if row.contains(where: { !$0.text.isEmpty }) {
        kept.append(row)
      }
    }
    return kept
  }

  mutating func recordTemplateRows(_ view: TableView) {
    for row in view.rows where PlaceholderDetector.isTemplateRow(row.map(\.text)) {
      recordTemplateRow(row, of: view)
    }
  }

  private mutating func recordTemplateRow(_ row: [TableView.Cell], of view: TableView) {
    let text = "| " + row.map(\.text).joined(separator: " | ") + " |"
    let placeholder = Placeholder(text: text, isTemplateRow: true, location: view.rowLocation(row))
    if !contract.placeholders.contains(placeholder) { contract.placeholders.append(placeholder) }
  }

  static func firstCell(of row: String) -> String {
    row.split(separator: "|").first.map { $0.trimmingSpaces() } ?? row
  }

  /// One diagnostic per placeholder; errors once the document claims to be FINALIZED.
  mutating func reportPlaceholders() {
    let severity: Severity = contract.status == .finalized ? .error : .warning
    for placeholder in contract.placeholders {
      let message =
        placeholder.isTemplateRow
        ? "template row '\(Self.firstCell(of: placeholder.text))' is still in the table"
        : "placeholder '\(placeholder.text.prefix(60))' is not filled in"
      diagnostics.append(
        Diagnostic(
          severity, rule: placeholder.isTemplateRow ? .placeholdersTemplateRow : .placeholdersLeft,
          message: message, at: placeholder.location,
          fix: placeholder.isTemplateRow ? "delete the row" : "replace it with the real value"))
    }
  }
}
