/// Comparison keys for names: case, spacing and punctuation do not count.
enum Fold {
  static func key(_ text: String) -> String {
    // Names are nearly always ASCII: fold their bytes directly, without Unicode property look-ups.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
      case 0x80...: return unicodeKey(text)
      default: continue
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func unicodeKey(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        .map(Character.init))
  }

  /// Singular and plural folded together (`Shipments` and `Shipment`).
  static func stem(_ text: String) -> String {
    let folded = key(text)
    return folded.hasSuffix("s") ? String(folded.dropLast()) : folded
  }
}
