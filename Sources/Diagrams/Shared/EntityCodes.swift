import Foundation

/// Mermaid's entity codes: `#quot;`, `#amp;` and numeric `#9829;` write characters a diagram's syntax
/// would otherwise take for itself. As mermaid does, they are swapped for placeholders (`ﬂ°quot¶ß`,
/// `ﬂ°°9829¶ß`) before parsing, with the same quirks (a `style` or `classDef` line loses its last `;`
/// first), and decoded into text afterwards.
public enum EntityCodes {
  static let named: [String: String] = [
    "quot": "\"", "amp": "&", "lt": "<", "gt": ">", "nbsp": "\u{00A0}", "apos": "'", "num": "#",
    "semi": ";", "colon": ":", "equals": "=", "lpar": "(", "rpar": ")", "lsqb": "[", "rsqb": "]",
    "lcub": "{", "rcub": "}", "vert": "|", "copy": "©", "reg": "®", "deg": "°", "hearts": "♥",
    "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "hellip": "…", "ndash": "–",
    "mdash": "—", "times": "×", "divide": "÷", "plusmn": "±", "para": "¶", "sect": "§", "middot": "·",
    "laquo": "«", "raquo": "»", "infin": "∞", "ne": "≠", "le": "≤", "ge": "≥", "check": "✓",
    "bull": "•", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
  ]

  static let open = "ﬂ°"
  static let numericOpen = "ﬂ°°"
  static let close = "¶ß"

  private static let styleLine = try! NSRegularExpression(pattern: #"style.*:\S*#.*;"#)
  private static let classDefLine = try! NSRegularExpression(pattern: #"classDef.*:\S*#.*;"#)
  private static let entity = try! NSRegularExpression(pattern: #"#\w+;"#)
  private static let placeholder = try! NSRegularExpression(pattern: "ﬂ°(°?)([A-Za-z0-9_]+)¶ß")

  /// Mermaid's `encodeEntities`.
  static func protect(_ text: String) -> String {
    var result = dropLastSemicolon(text, styleLine)
    result = dropLastSemicolon(result, classDefLine)
    return replace(entity, in: result) { match in
      let inner = String(match.dropFirst().dropLast())
      return inner.allSatisfy(\.isNumber) ? numericOpen + inner + close : open + inner + close
    }
  }

  /// Placeholders back to characters: numeric codes to their character, known names to theirs, and
  /// unknown names to the text `&name;` they stood for.
  public static func decode(_ text: String) -> String {
    guard text.contains(open) else { return text }
    let range = NSRange(text.startIndex..., in: text)
    var result = ""
    var last = text.startIndex
    for match in placeholder.matches(in: text, range: range) {
      guard let whole = Range(match.range, in: text), let nameRange = Range(match.range(at: 2), in: text)
      else {
        continue
      }
      let numeric = match.range(at: 1).length > 0
      let name = String(text[nameRange])
      result += text[last..<whole.lowerBound]
      if numeric, let number = UInt32(name), let scalar = Unicode.Scalar(number), number > 0 {
        result.unicodeScalars.append(scalar)
      } else if let character = named[name] {
        result += character
      } else {
        result += "&\(name);"
      }
      last = whole.upperBound
    }
    result += text[last...]
    return result
  }

  private static func dropLastSemicolon(_ text: String, _ pattern: NSRegularExpression) -> String {
    replace(pattern, in: text) { String($0.dropLast()) }
  }

  private static func replace(
    _ pattern: NSRegularExpression, in text: String, with transform: (String) -> String
  )
    -> String
  {
    let range = NSRange(text.startIndex..., in: text)
    var result = ""
    var last = text.startIndex
    for match in pattern.matches(in: text, range: range) {
      guard let found = Range(match.range, in: text) else { continue }
      result += text[last..<found.lowerBound]
      result += transform(String(text[found]))
      last = found.upperBound
    }
    result += text[last...]
    return result
  }
}
