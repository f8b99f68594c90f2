import Foundation
import Testing

@testable import FestivalModel

@Suite struct TrimmingTests {
  /// Every scalar at both ends, alone and around text, trimmed as Foundation trims it: the space
  /// separators end at U+3000; a few beyond (byte-order mark, tags, private use) are checked too.
  @Test func everyScalarIsTrimmedAsFoundationTrimsIt() {
    let beyond: [UInt32] = [0xFEFF, 0xFFFC, 0xE0020, 0xF0000, 0x1F600]
    for value in Array(0..<0x3100) + beyond {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for text in [String(scalar), "\(scalar)a\(scalar)", "\(scalar)\(scalar) a b\(scalar)"] {
        #expect(
          text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        #expect(
          text.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
          "U+\(String(value, radix: 16))")
      }
    }
  }

  /// The shortcut answers only when Foundation would change nothing; every other case is Foundation's.
  @Test(arguments: [
    "", " ", "a", " a", "a ", "\ta\t", "a b", "\u{A0}a\u{A0}", "a\n", "\na", "é", " é ", "😀", "x😀",
    "\u{2003}x", "x\u{2003}", "~!", "[Component Name]",
  ])
  func trimmingAgreesWithFoundation(text: String) {
    #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
    #expect(text.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    let padded = "(\(text))".dropFirst().dropLast()
    #expect(padded.trimmingSpaces() == padded.trimmingCharacters(in: .whitespaces))
  }
}
