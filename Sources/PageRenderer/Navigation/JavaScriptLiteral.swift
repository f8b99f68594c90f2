/// Festival text as JavaScript string literals for the scripts the build writes. `<`, `>` and `&` are
/// escaped too, so no value can close a `<script>` element when a script is inlined.
enum JavaScriptLiteral {
  static func string(_ value: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(value.utf8.count + 16)
    append(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the literal, quotes included. Works on UTF-8 bytes: the search index passes every page's
  /// words through here on every build.
  static func append(_ value: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    let utf8 = Array(value.utf8)
    var index = 0
    func escape(_ text: StaticString) {
      text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
    while index < utf8.count {
      let byte = utf8[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""): escape("\\\"")
      case UInt8(ascii: "\\"): escape("\\\\")
      case UInt8(ascii: "\n"): escape("\\n")
      case UInt8(ascii: "\r"): escape("\\r")
      case UInt8(ascii: "\t"): escape("\\t")
      case UInt8(ascii: "<"): escape("\\u003c")
      case UInt8(ascii: ">"): escape("\\u003e")
      case UInt8(ascii: "&"): escape("\\u0026")
      case 0..<0x20:
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        escape("\\u00")
        bytes.append(digits[Int(byte >> 4)])
        bytes.append(digits[Int(byte & 0xF)])
      // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in older JavaScript.
      case 0xE2 where index + 1 < utf8.count && utf8[index] == 0x80 && (utf8[index + 1] & 0xFE) == 0xA8:
        escape(utf8[index + 1] == 0xA8 ? "\\u2028" : "\\u2029")
        index += 2
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
