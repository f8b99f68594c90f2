/// The shape fest gives its folder and file names: a number of fixed width, an underscore, a name of
/// one letter case (and digits and underscores), and a suffix: `001_PLAN`, `01_requirements`,
/// `01_gather_requirements.md`. Matched byte by byte: as a regular expression it was compiled again
/// for every task of every build. Digits are ASCII only, as in fest's own (RE2) patterns.
struct NumberedName {
  let digits: Int
  /// Whether the name is upper case (phases) or lower case (sequences, tasks).
  let upperCase: Bool
  /// Whether the name may start with a digit (sequences).
  let startsWithDigit: Bool
  var suffix = ""

  static let phase = NumberedName(digits: 3, upperCase: true, startsWithDigit: false)
  static let sequence = NumberedName(digits: 2, upperCase: false, startsWithDigit: true)
  static let task = NumberedName(digits: 2, upperCase: false, startsWithDigit: false, suffix: ".md")

  func matches(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    let tail = Array(suffix.utf8)
    guard bytes.count >= digits + 2 + tail.count, bytes.suffix(tail.count).elementsEqual(tail) else {
      return false
    }
    let name = bytes[(digits + 1)..<(bytes.count - tail.count)]
    return bytes.prefix(digits).allSatisfy(Self.isDigit) && bytes[digits] == UInt8(ascii: "_")
      && (isLetter(name.first!) || (startsWithDigit && Self.isDigit(name.first!)))
      && name.dropFirst().allSatisfy { isLetter($0) || Self.isDigit($0) || $0 == UInt8(ascii: "_") }
  }

  private func isLetter(_ byte: UInt8) -> Bool {
    upperCase
      ? (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
      : (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
