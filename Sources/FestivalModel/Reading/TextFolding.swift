/// Folding for comparing names and headers: case, spacing and punctuation do not count.
enum TextFolding {
  static func fold(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        .map(Character.init))
  }

  /// Lowercased words (letters and digits), for whole-word matching.
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// `none`, `N/A`, `-` and empty cells say there is nothing.
  static func isEmptyValue(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    return ["", "-", "--", "—", "–", "none", "n/a", "na", "n.a.", "nil"].contains(trimmed)
  }
}
