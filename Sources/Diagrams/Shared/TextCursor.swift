/// A position in a diagram's text with the small look-ahead helpers hand-written parsers need.
struct TextCursor {
  let characters: [Character]
  var offset = 0
  private let lineStarts: [Int]

  init(_ text: String) {
    characters = Array(text)
    var starts = [0]
    for (index, character) in characters.enumerated() where character == "\n" { starts.append(index + 1) }
    lineStarts = starts
  }

  var isAtEnd: Bool { offset >= characters.count }
  var current: Character? { offset < characters.count ? characters[offset] : nil }

  func peek(_ distance: Int = 0) -> Character? {
    let index = offset + distance
    return index >= 0 && index < characters.count ? characters[index] : nil
  }

  func has(_ text: String, at position: Int? = nil) -> Bool {
    var index = position ?? offset
    for character in text {
      guard index < characters.count, characters[index] == character else { return false }
      index += 1
    }
    return true
  }

  /// Case-insensitive `has`.
  func hasIgnoringCase(_ text: String) -> Bool {
    var index = offset
    for character in text.lowercased() {
      guard index < characters.count, characters[index].lowercased() == String(character) else {
        return false
      }
      index += 1
    }
    return true
  }

  mutating func advance(_ count: Int = 1) { offset = min(characters.count, offset + count) }

  /// Skips spaces and tabs (not newlines); returns how many.
  @discardableResult
  mutating func skipSpaces() -> Int {
    let start = offset
    while let character = current, character == " " || character == "\t" { offset += 1 }
    return offset - start
  }

  func text(from start: Int, to end: Int? = nil) -> String {
    String(characters[max(0, start)..<min(characters.count, end ?? offset)])
  }

  /// Line and column (from 1) of an offset.
  func position(of index: Int? = nil) -> (line: Int, column: Int) {
    let target = index ?? offset
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= target { low = middle } else { high = middle - 1 }
    }
    return (low + 1, target - lineStarts[low] + 1)
  }

  func error(_ message: String, at index: Int? = nil) -> DiagramError {
    let (line, column) = position(of: index)
    return DiagramError(message, line: line, column: column)
  }

  /// A short quote of the text at the cursor, for messages.
  var nearby: String {
    if isAtEnd { return "end of input" }
    let end = min(characters.count, offset + 12)
    let text = String(characters[offset..<end]).replacingOccurrences(of: "\n", with: "⏎")
    return "'\(text)'"
  }
}
