/// The one escaping loop behind `HTMLEscaping` and `XMLEscaping`: `&`, `<` and `>` always, the quote
/// characters an attribute needs, and control characters the way the format wants them.
enum MarkupEscaper {
  enum Controls {
    /// HTML: NUL becomes U+FFFD, as a browser would read it; the rest are kept.
    case replaceNUL
    /// XML: control characters other than tab and newline are not allowed, and are dropped.
    case dropForXML

    func handles(_ byte: UInt8) -> Bool {
      switch self {
      case .replaceNUL: byte == 0
      case .dropForXML: byte < 0x20 && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t")
      }
    }
  }

  /// `quotes` are ASCII characters with the entity each becomes.
  static func escape(_ value: String, quotes: [(UInt8, String)], controls: Controls) -> String {
    // Most text has nothing to escape: handing it back saves a copy of every name on every page.
    let needsEscaping = value.utf8.contains { byte in
      switch byte {
      case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): true
      default: controls.handles(byte) || quotes.contains { $0.0 == byte }
      }
    }
    guard needsEscaping else { return value }
    var result = ""
    result.reserveCapacity(value.utf8.count + 16)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default:
        guard scalar.isASCII else {
          result.unicodeScalars.append(scalar)
          continue
        }
        let byte = UInt8(scalar.value)
        if let quote = quotes.first(where: { $0.0 == byte }) {
          result += quote.1
        } else if controls.handles(byte) {
          if controls == .replaceNUL { result += "\u{FFFD}" }
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
