import TestSupport
import Testing

@testable import PageRenderer

/// The words mentions and search are matched by: runs of letters and digits, lower-cased, whatever the
/// script. Checked against a plain scalar-by-scalar statement of the rule.
@Suite struct MentionWordsTests {
  /// The rule as first written: scalars gathered one by one.
  static func reference(_ text: String) -> [String] {
    var result: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let isASCIIWord = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
      if isASCIIWord
        || (!scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil))
      {
        current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else if !current.isEmpty {
        result.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { result.append(String(current)) }
    return result
  }

  @Test func splitsAndLowerCasesAsTheRuleSays() {
    #expect(
      MentionMatcher.words("Billing Service, v2 (GET /Invoices)") == [
        "billing", "service", "v2", "get", "invoices",
      ])
    #expect(
      MentionMatcher.words("Straße İstanbul ΣΊΣΥΦΟΣ ½ ٣") == ["straße", "i̇stanbul", "σίσυφοσ", "½", "٣"])
    #expect(MentionMatcher.words("") == [])
    #expect(MentionMatcher.words("  -- ") == [])
  }

  @Test func agreesWithTheRuleOnGeneratedText() {
    let pieces = [
      "a", "Z", "0", "9", " ", "-", "_", ".", "é", "É", "ß", "İ", "Σ", "ǅ", "½", "٣", "中", "😀", "e\u{301}",
      "\u{200B}", "\n", "Ⅻ", "ﬁ", "ǰ", "@", "`", "{", "[",
    ]
    var generator = SeededRandom(seed: 19)
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      #expect(MentionMatcher.words(text) == Self.reference(text), "\(text.debugDescription)")
    }
  }
}
