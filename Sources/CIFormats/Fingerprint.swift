/// Stable identities for findings: a finding keeps its fingerprint when lines move and when the rest of
/// the content changes, so a decision about it (a baseline, a dismissed alert) carries across commits.
public enum Fingerprint {
  /// 32 hex digits from the parts: two 64-bit FNV-1a hashes of their normalised texts, each part ended
  /// by a separator no text holds.
  public static func make(_ parts: [String]) -> String {
    var first: UInt64 = 0xcbf2_9ce4_8422_2325
    var second: UInt64 = 0x8422_2325_cbf2_9ce4
    for byte in parts.map(normalised).joined(separator: "\u{1F}").utf8 {
      first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
      second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9
    }
    return hex(first) + hex(second)
  }

  /// A text as fingerprints read it: case, runs of white space and line references (`line 12`,
  /// `lines 3-5`) do not count.
  public static func normalised(_ text: String) -> String {
    let words = text.lowercased().split(whereSeparator: { $0.isWhitespace })
    var result: [Substring] = []
    for (index, word) in words.enumerated() {
      if index > 0, ["line", "lines"].contains(words[index - 1]), word.first?.isNumber == true {
        result.append("#")
      } else {
        result.append(word)
      }
    }
    return result.joined(separator: " ")
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
