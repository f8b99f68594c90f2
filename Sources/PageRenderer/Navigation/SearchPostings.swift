/// Where one search key occurs: entry ids in ascending order, by how strongly each entry holds it.
struct SearchPostings {
  /// Entries with the key as a word of their title, names or headings.
  var strong: [Int32] = []
  /// Entries with the key as a word of their text only.
  var weak: [Int32] = []
  /// Entries with the key as a whole name.
  var names: [Int32] = []

  enum List { case strong, weak, names }

  /// Adds `id`, the highest yet, once; a word of the title, names or headings is not repeated as a
  /// word of the text.
  mutating func add(_ id: Int32, to list: List) {
    switch list {
    case .strong: if strong.last != id { strong.append(id) }
    case .weak: if strong.last != id && weak.last != id { weak.append(id) }
    case .names: if names.last != id { names.append(id) }
    }
  }

  /// The lists of entries that all come after this one's.
  mutating func append(_ later: SearchPostings) {
    strong += later.strong
    weak += later.weak
    names += later.names
  }

  /// Base-32 digits: `final` ends a number, `leading` carries its higher digits. None needs escaping in
  /// a JavaScript string or an inline `<script>`.
  private static let final = Array("0123456789abcdefghijklmnopqrstuv".utf8)
  private static let leading = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*".utf8)

  /// Appends `ids` as a string of numbers: each the gap from the id before, doubled, plus one when a run
  /// of consecutive ids follows, whose length is then the next number. A word on every field of a
  /// thousand services takes a few bytes.
  static func append(_ ids: [Int32], to bytes: inout [UInt8]) {
    var previous: Int32 = -1
    var position = 0
    while position < ids.count {
      let id = ids[position]
      var run = 0
      while position + run + 1 < ids.count && ids[position + run + 1] == id + Int32(run + 1) { run += 1 }
      appendNumber(Int(id - previous) * 2 + (run > 0 ? 1 : 0), to: &bytes)
      if run > 0 { appendNumber(run, to: &bytes) }
      previous = id + Int32(run)
      position += run + 1
    }
  }

  /// Most significant digit first.
  static func appendNumber(_ value: Int, to bytes: inout [UInt8]) {
    var rest = value >> 5
    var digits: [UInt8] = [final[value & 31]]
    while rest > 0 {
      digits.append(leading[rest & 31])
      rest >>= 5
    }
    bytes.append(contentsOf: digits.reversed())
  }

  /// The ids `append` wrote: for tests, and the same rule festdoc.js decodes by.
  static func decode(_ text: String) -> [Int32] {
    var ids: [Int32] = []
    var bytes = Array(text.utf8)[...]
    func number() -> Int {
      var value = 0
      while let byte = bytes.popFirst() {
        if let digit = leading.firstIndex(of: byte) {
          value = value * 32 + digit
        } else {
          return value * 32 + (final.firstIndex(of: byte) ?? 0)
        }
      }
      return value
    }
    var previous = -1
    while !bytes.isEmpty {
      let value = number()
      let id = previous + value / 2
      let run = value % 2 == 1 ? number() : 0
      ids += (id...(id + run)).map { Int32($0) }
      previous = id + run
    }
    return ids
  }
}
