import Foundation
import TestSupport
import Testing

@testable import FestivalModel

/// The contract reader decides most cells without Foundation or a regular expression; each shortcut
/// gives what the long way gives, on generated cells built from the characters each one looks for.
@Suite struct ReaderShortcutTests {
  /// Pieces that make the long ways answer differently: markers, separators, digits, units, empty words.
  private static let pieces = [
    "[", "]", "{", "}", "{{", "}}", "_", "__", "____", "[TODO: x]", "[FILL:", "[Component]", "{{name}}",
    ";", " and ", " & ", "+", "\n", ",", " ", "\t", "\u{200B}", "a", "Service", "b2", "0", "42", "1,000",
    "3.5", "ms", "%", "/s", "<=", "≥", "~", "٣", "é", "İ", "\u{212A}", "none", "N/A", "-", "—", "nil",
    "n.a.", "NONE",
  ]

  private static func cells(count: Int, seed: UInt64) -> [String] {
    var random = SeededRandom(seed: seed)
    return (0..<count).map { _ in
      (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }
        .joined()
    }
  }

  @Test func placeholderMarkersAgreeWithTheExpressionAlone() throws {
    let expression = try NSRegularExpression(
      pattern: #"\[(?:REPLACE|FILL|GUIDANCE|TODO|TBD):[^\]]*\]|\{\{[^}]*\}\}|_{4,}"#)
    for cell in Self.cells(count: 4000, seed: 3) {
      let expected = expression.matches(in: cell, range: NSRange(cell.startIndex..., in: cell)).map {
        String(cell[Range($0.range, in: cell)!])
      }
      #expect(PlaceholderDetector.markers(in: cell).map(\.text) == expected, "\(cell.debugDescription)")
    }
  }

  @Test func nameListsSplitAsFoundationReplacingSeparatorsDoes() {
    for cell in Self.cells(count: 4000, seed: 5) {
      var text = cell
      for separator in [";", " and ", " & ", "+", "\n"] {
        text = text.replacingOccurrences(of: separator, with: ",")
      }
      let expected =
        TextFolding.isEmptyValue(cell)
        ? [] : text.split(separator: ",").map { $0.trimmingSpaces() }.filter { !TextFolding.isEmptyValue($0) }
      #expect(NameResolver.split(cell) == expected, "\(cell.debugDescription)")
    }
  }

  @Test func emptyValuesAreTheWordsForNothing() {
    let words: Set<String> = ["", "-", "--", "—", "–", "none", "n/a", "na", "n.a.", "nil"]
    for cell in Self.cells(count: 4000, seed: 7) + ["  None ", "N/A", "\tnil\u{200B}", "-- "] {
      #expect(
        TextFolding.isEmptyValue(cell) == words.contains(cell.trimmingSpaces().lowercased()),
        "\(cell.debugDescription)")
    }
  }

  @Test func figuresAreFoundOnlyWhereDigitsAre() {
    for cell in Self.cells(count: 2000, seed: 9) where !cell.contains(where: \.isNumber) {
      #expect(QuantityParser.quantities(in: cell).isEmpty, "\(cell.debugDescription)")
    }
    #expect(QuantityParser.quantities(in: "p99 ≤ 200 ms").map(\.value) == [200])
  }
}
