/// Folding for comparing names and headers: case, spacing and punctuation do not count.
public enum TextFolding {
  public static func fold(_ text: String) -> String {
    // ASCII names (nearly all) fold byte by byte, without Unicode property look-ups.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
      case 0x80...:
        return String(
          text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
      default: continue
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The folded name with singular and plural together (`Shipments` and `Shipment`).
  public static func stem(_ text: String) -> String {
    let folded = fold(text)
    return folded.hasSuffix("s") ? String(folded.dropLast()) : folded
  }

  /// Lowercased words (letters and digits), for whole-word matching.
  static func words(_ text: String) -> [String] {
    // ASCII text (nearly all) is split byte by byte: its only letters and digits are a-z, A-Z and
    // 0-9, so the result is the one the Unicode properties give.
    var words: [String] = []
    var word: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
      case 0x80...: return text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
      default:
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
    return words
  }

  /// `none`, `N/A`, `-` and empty cells say there is nothing.
  static func isEmptyValue(_ text: String) -> Bool {
    // ASCII with nothing to trim and longer than every such word: most cells, decided without copies.
    let utf8 = text.utf8
    if utf8.count > 4, let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first),
      (0x21...0x7E).contains(last), utf8.allSatisfy({ $0 < 0x80 })
    {
      return false
    }
    let trimmed = text.trimmingSpaces().lowercased()
    return ["", "-", "--", "—", "–", "none", "n/a", "na", "n.a.", "nil"].contains(trimmed)
  }
}
