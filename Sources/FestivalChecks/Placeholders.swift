import Foundation

/// Recognizes unfilled template text in prose.
enum Placeholders {
  private static let markerPattern = try! NSRegularExpression(
    pattern: #"\[(?:REPLACE|FILL|GUIDANCE|TODO|TBD):[^\]]*\]|\{\{[^}]*\}\}|_{4,}"#)

  static func markers(in text: String) -> [String] {
    let range = NSRange(text.startIndex..., in: text)
    return markerPattern.matches(in: text, range: range).compactMap {
      Range($0.range, in: text).map { String(text[$0]) }
    }
  }

  /// `[Festival Name]`: capitalized words in brackets, not a checkbox.
  static func brackets(in text: String) -> [String] {
    var result: [String] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
      let inner = rest[rest.index(after: open)..<close]
      if let first = inner.first, first.isUppercase, inner.count > 2, !inner.contains("["),
        !inner.contains(":"), !["X", "✅", "❌", "🚧"].contains(String(inner))
      {
        result.append("[" + inner + "]")
      }
      rest = rest[rest.index(after: close)...]
    }
    return result
  }
}
