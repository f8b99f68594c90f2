import Foundation

/// Escaping for the two places festival text goes in HTML: element text and attribute values.
public enum HTMLEscaping {
  public static func text(_ value: String) -> String { escape(value, inAttribute: false) }

  /// Quotes and backticks too, so a value can never close its attribute (quoted or not).
  public static func attribute(_ value: String) -> String { escape(value, inAttribute: true) }

  private static func escape(_ value: String, inAttribute: Bool) -> String {
    // Most text has nothing to escape: handing it back saves a copy of every name on every page.
    let needsEscaping = value.utf8.contains { byte in
      switch byte {
      case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0: true
      case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): inAttribute
      default: false
      }
    }
    guard needsEscaping else { return value }
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for character in value.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\u{0}": result += "\u{FFFD}"
      case "\"" where inAttribute: result += "&quot;"
      case "'" where inAttribute: result += "&#39;"
      case "`" where inAttribute: result += "&#96;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// Undoes `attribute` (and `text`): for reading back values festdoc wrote.
  public static func unescape(_ value: String) -> String {
    guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
    return value.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&#96;", with: "`").replacingOccurrences(of: "&amp;", with: "&")
  }
}
