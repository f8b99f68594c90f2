import Foundation
import Testing

@testable import FestivalModel

@Suite struct TrimmingTests {
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
