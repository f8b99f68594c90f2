#if canImport(Glibc)
  import Glibc
#endif

/// The order `sorted()` gives strings, found faster for the record's hundreds of thousands of paths,
/// headings and words: two ASCII strings compare by their bytes, which for them is what String's
/// comparison decides after normalizing; any other pair is compared as `sorted()` compares it, so the
/// order (and the record's bytes) is the same.
enum StringOrder {
  struct Entry {
    let string: String
    let bytes: [UInt8]
    let isASCII: Bool

    init(_ string: String) {
      self.string = string
      bytes = Array(string.utf8)
      isASCII = bytes.allSatisfy { $0 < 0x80 }
    }
  }

  static func sorted<Strings: Sequence<String>>(_ strings: Strings) -> [Entry] {
    strings.map(Entry.init).sorted(by: precedes)
  }

  static func precedes(_ first: Entry, _ second: Entry) -> Bool {
    guard first.isASCII && second.isASCII else { return first.string < second.string }
    return first.bytes.withUnsafeBufferPointer { left in
      second.bytes.withUnsafeBufferPointer { right in
        let common = min(left.count, right.count)
        let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        return order != 0 ? order < 0 : left.count < right.count
      }
    }
  }
}
