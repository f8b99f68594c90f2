import Foundation

/// Cells that list cases or values (`TIMEOUT | DENIED`, `one of: PENDING, PAID or SHIPPED`) compared
/// as lists: written another way they are no change, and one added item is one change.
enum ValueList {
  /// The items of a list cell, split on `|`, `,`, `;` and ` or `, trimmed of spaces, quotes and
  /// backquotes; empty items dropped.
  static func items(_ text: String) -> [String] {
    var parts = [Substring(text)]
    for separator in ["|", ",", ";", " or ", " OR "] {
      parts = parts.flatMap { $0.components(separatedBy: separator).map { Substring($0) } }
    }
    let trimmed = parts.map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(
        in: CharacterSet(charactersIn: "\"'`"))
    }
    return trimmed.filter { !$0.isEmpty }
  }

  /// The values a validation cell allows, when it is a list of two or more single words (after an
  /// optional `one of`, `enum` or `values` lead-in); nil for any other rule (`1..100`, `ISO 8601 date`).
  static func values(_ validation: String) -> [String]? {
    var text = validation.trimmingCharacters(in: .whitespacesAndNewlines)
    for lead in ["one of", "enum", "values", "allowed"] where text.lowercased().hasPrefix(lead) {
      text = String(text.dropFirst(lead.count)).trimmingCharacters(in: CharacterSet(charactersIn: " :([{"))
      text = text.trimmingCharacters(in: CharacterSet(charactersIn: ")]} "))
      break
    }
    let found = items(text)
    guard found.count >= 2, found.allSatisfy({ !$0.contains(" ") }) else { return nil }
    return found
  }

  /// A text that two ways of writing the same list share: its items in order of first appearance,
  /// case folded, without repeats; the text itself, spaces collapsed, when it is no list.
  static func canonical(_ text: String) -> String {
    var seen = Set<String>()
    let folded = items(text).map { $0.lowercased() }.filter { seen.insert($0).inserted }
    return folded.sorted().joined(separator: "\u{1F}")
  }
}
