import Foundation

/// Escaping for the two places festival text goes in HTML: element text and attribute values.
public enum HTMLEscaping {
  public static func text(_ value: String) -> String {
    MarkupEscaper.escape(value, quotes: [], controls: .replaceNUL)
  }

  /// Quotes and backticks too, so a value can never close its attribute (quoted or not).
  public static func attribute(_ value: String) -> String {
    MarkupEscaper.escape(
      value,
      quotes: [(UInt8(ascii: "\""), "&quot;"), (UInt8(ascii: "'"), "&#39;"), (UInt8(ascii: "`"), "&#96;")],
      controls: .replaceNUL)
  }

  /// Undoes `attribute` (and `text`): for reading back values festdoc wrote.
  public static func unescape(_ value: String) -> String {
    guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
    return value.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&#96;", with: "`").replacingOccurrences(of: "&amp;", with: "&")
  }
}
