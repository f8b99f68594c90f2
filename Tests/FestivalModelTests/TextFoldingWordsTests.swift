import Testing

@testable import FestivalModel

/// `TextFolding.words` splits ASCII text byte by byte; it must give what the Unicode properties give.
@Suite struct TextFoldingWordsTests {
  static func byProperties(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  @Test func asciiTextSplitsAsTheUnicodePropertiesSplitIt() {
    var random = SystemRandomNumberGenerator()
    let alphabet = Array("aZ09 _-./|`*:\t\r\n()[]{}<>\"'#$%&+=?@\\^~!,;".utf8)
    for _ in 0..<2000 {
      let bytes = (0..<Int.random(in: 0...24, using: &random)).map { _ in
        alphabet.randomElement(using: &random)!
      }
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(TextFolding.words(text) == Self.byProperties(text), "\(text.debugDescription)")
    }
    #expect(TextFolding.words("Order Service (v2)") == ["order", "service", "v2"])
    #expect(TextFolding.words("  ") == [])
  }

  @Test func otherTextKeepsItsLettersAndDigits() {
    for text in ["Zahlungs­dienst Ü2", "サービス 一", "café-au-lait", "٣ أرقام", "e\u{301}te"] {
      #expect(TextFolding.words(text) == Self.byProperties(text))
    }
  }
}
