/// Checkboxes written as text: `[ ]`, `[x]`, and the emoji states of the methodology.
enum CheckboxText {
  static func state(ofBox box: String) -> CheckState? {
    switch box {
    case "[ ]", "[]": .unchecked
    case "[x]", "[X]", "[✅]", "[✓]", "[✔]": .checked
    case "[🚧]", "[🔄]", "[⚡]": .inProgress
    case "[❌]": .blocked
    default: nil
    }
  }

  /// The state of a box opening the text (`[✅] Done thing`), if it opens with one.
  static func leadingState(of text: String) -> CheckState? {
    let trimmed = text.drop { $0 == " " }
    guard trimmed.first == "[", let close = trimmed.firstIndex(of: "]") else { return nil }
    return state(ofBox: String(trimmed[...close]))
  }

  /// Every box in a cell (`[ ] Approved [x] Changes Needed`) with the words after it.
  static func boxes(in text: String) -> [(state: CheckState, label: String)] {
    var result: [(CheckState, String)] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
      let box = String(rest[open...close])
      rest = rest[rest.index(after: close)...]
      guard let state = state(ofBox: box) else { continue }
      let labelEnd = rest.firstIndex(of: "[") ?? rest.endIndex
      result.append((state, rest[..<labelEnd].trimmingSpaces()))
    }
    return result
  }
}
