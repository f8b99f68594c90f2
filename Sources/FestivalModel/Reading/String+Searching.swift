import Glibc

extension String {
  /// Whether `needle` occurs in the text, byte for byte. Foundation's `contains` goes through
  /// `NSString`, and the standard library's `firstRange(of:)` through a generic searcher whose metadata
  /// look-ups cost more than the search; both showed in reading large contracts, once per heading.
  func containsBytes(_ needle: String) -> Bool {
    if needle.isEmpty { return true }
    var haystack = self
    var needle = needle
    return haystack.withUTF8 { text in
      needle.withUTF8 { pattern in
        guard pattern.count <= text.count, let base = text.baseAddress, let start = pattern.baseAddress
        else { return false }
        // Glibc's memmem is not visible to Swift; memchr finds each candidate start, memcmp checks it.
        var offset = 0
        let lastStart = text.count - pattern.count
        while offset <= lastStart {
          guard let hit = memchr(base + offset, Int32(pattern[0]), lastStart - offset + 1) else {
            return false
          }
          let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(base + at, start, pattern.count) == 0 { return true }
          offset = at + 1
        }
        return false
      }
    }
  }
}
