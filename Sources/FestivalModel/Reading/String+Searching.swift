extension StringProtocol {
  /// Whether `needle` occurs in the text, byte for byte. Foundation's `contains` goes through
  /// `NSString` and showed in the reading of large contracts, once per heading.
  func containsBytes(_ needle: String) -> Bool {
    let haystack = Array(utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return true }
    guard haystack.count >= pattern.count else { return false }
    for start in 0...(haystack.count - pattern.count)
    where haystack[start] == pattern[0] && haystack[start..<start + pattern.count].elementsEqual(pattern) {
      return true
    }
    return false
  }
}
