import Markdown

/// A `**Key**: value` line in a paragraph (also `**Key:** value`), as the template writes fields.
struct FieldLine {
  var key: String
  var value: String
  var line: Int

  var foldedKey: String { TextFolding.fold(key) }

  /// Splits a paragraph at its line breaks and reads each line that opens with a strong key.
  static func lines(in paragraph: Paragraph) -> [FieldLine] {
    var result: [FieldLine] = []
    var current: [Inline] = []
    var line = paragraph.range.start.line
    var currentLine = line
    func flush() {
      if let field = read(current, line: currentLine) { result.append(field) }
      current = []
    }
    for inline in paragraph.content {
      switch inline {
      case .softBreak, .lineBreak:
        flush()
        line += 1
        currentLine = line
      default:
        current.append(inline)
      }
    }
    flush()
    return result
  }

  private static func read(_ inlines: [Inline], line: Int) -> FieldLine? {
    guard case .strong(let keyInlines)? = inlines.first else { return nil }
    var key = keyInlines.plainText.trimmingSpaces()
    var rest = inlines.dropFirst().plainText
    if key.hasSuffix(":") {
      key.removeLast()
    } else if rest.hasPrefix(":") {
      rest.removeFirst()
    } else {
      return nil
    }
    return FieldLine(
      key: key.trimmingSpaces(), value: rest.trimmingSpaces(),
      line: line)
  }
}

extension ArraySlice where Element == Inline {
  var plainText: String { Array(self).plainText }
}
