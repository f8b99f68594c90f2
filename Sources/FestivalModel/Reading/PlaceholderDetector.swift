import Foundation

/// Recognizes unfilled template text.
enum PlaceholderDetector {
  private static let markerPattern = try! NSRegularExpression(
    pattern: #"\[(?:REPLACE|FILL|GUIDANCE|TODO|TBD):[^\]]*\]|\{\{[^}]*\}\}|_{4,}"#)

  /// A cell that is nothing but a bracketed template word: `[Component Name]`, `[Y/N]`.
  /// Checkboxes (`[ ]`, `[x]`) and links are not placeholders.
  static func isTemplateCell(_ text: String) -> Bool {
    // Nearly every cell starts with something other than a bracket: decided without trimming.
    if let first = text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first < 0x80,
      first != UInt8(ascii: "[")
    {
      return false
    }
    let trimmed = text.trimmingSpaces()
    guard trimmed.hasPrefix("["), trimmed.hasSuffix("]"), trimmed.count > 2 else { return false }
    if CheckboxText.state(ofBox: trimmed) != nil { return false }
    let inner = trimmed.dropFirst().dropLast()
    return !inner.contains("[") && !inner.contains("]")
  }

  /// A template row: its first cell is a template cell, or every filled cell is.
  static func isTemplateRow<Cells: Collection<String>>(_ cells: Cells) -> Bool {
    guard let first = cells.first else { return false }
    if isTemplateCell(first) { return true }
    // Looked at in place: a large contract's tables hold tens of thousands of rows.
    var anyFilled = false
    for cell in cells where !isBlank(cell) {
      guard isTemplateCell(cell) else { return false }
      anyFilled = true
    }
    return anyFilled
  }

  /// Nothing but spaces; ASCII text is decided byte by byte, anything else by Foundation's whitespace.
  static func isBlank(_ text: String) -> Bool {
    var plain = true
    for byte in text.utf8 {
      if byte >= 0x80 {
        plain = false
        break
      }
      if byte != 0x20 && byte != 0x09 { return false }
    }
    return plain || text.trimmingSpaces().isEmpty
  }

  /// `[REPLACE: ...]`, `[FILL: ...]`, `[GUIDANCE: ...]`, `{{ ... }}` and `____` in a line, with the
  /// 1-based column of each.
  static func markers(in line: String) -> [(text: String, column: Int)] {
    guard mayHoldMarker(line) else { return [] }
    let range = NSRange(line.startIndex..., in: line)
    return markerPattern.matches(in: line, range: range).compactMap { match in
      guard let found = Range(match.range, in: line) else { return nil }
      let column = line.utf8.distance(from: line.startIndex, to: found.lowerBound) + 1
      return (String(line[found]), column)
    }
  }

  /// Whether `line` has what every marker starts with (`[`, `{{`, `____`): most lines have none, and
  /// a regular expression costs far more than this look.
  static func mayHoldMarker(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in bytes.indices.contains { mayStartMarker(bytes, at: $0) } }
  }

  /// Whether a marker may start at `offset` of `bytes`: a `[`, `{{`, or `____`.
  static func mayStartMarker(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    switch bytes[offset] {
    case UInt8(ascii: "["): return true
    case UInt8(ascii: "{"): return offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "{")
    case UInt8(ascii: "_"):
      guard offset + 3 < bytes.count else { return false }
      return bytes[offset + 1] == UInt8(ascii: "_") && bytes[offset + 2] == UInt8(ascii: "_")
        && bytes[offset + 3] == UInt8(ascii: "_")
    default: return false
    }
  }

  /// Text holding a bracketed template word anywhere (`Common Interfaces: [Festival Name]`).
  static func containsTemplateBracket(_ text: String) -> Bool {
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
      if isTemplateCell(String(rest[open...close])) { return true }
      rest = rest[rest.index(after: close)...]
    }
    return false
  }

  /// A field value left as the template wrote it: `[Date when ...]`, `[DRAFT | UNDER_REVIEW | FINALIZED]`.
  static func isTemplateValue(_ text: String) -> Bool {
    isTemplateCell(text) || !markers(in: text).isEmpty
  }
}
