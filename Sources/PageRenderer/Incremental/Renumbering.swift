/// The string table of a record encoded from the one before (`RenderRecord.reencoded`): the previous
/// table less the strings no page names any more, plus the new ones, in the table's order; and where
/// each previous number moved.
struct Renumbering {
  /// Whether the table is the previous one: numbers stay, and kept pages are copied byte for byte.
  let isIdentity: Bool
  /// The table's bytes.
  let head: [UInt8]
  /// Each new string's number.
  let freshNumbers: [String: Int]
  /// Each previous number's new one (-1 for a string dropped).
  private let moved: [Int]

  /// `uses` counts how often the pages now name each previous string; `fresh` gives each new string
  /// the place in the previous table it goes before.
  init(source: RecordEncoding, uses: [Int32], fresh: [String: Int]) {
    guard !fresh.isEmpty || uses.contains(0) else {
      (isIdentity, head, freshNumbers, moved) = (true, Array(source.bytes[..<source.tableEnd]), [:], [])
      return
    }
    let ordered = StringOrder.sorted(fresh.keys).map(\.string)
    var strings: [String] = []
    strings.reserveCapacity(source.table.count + fresh.count)
    var moved = Array(repeating: -1, count: source.table.count)
    var numbers: [String: Int] = [:]
    var next = 0
    for old in 0...source.table.count {
      while next < ordered.count, fresh[ordered[next]]! <= old {
        numbers[ordered[next]] = strings.count
        strings.append(ordered[next])
        next += 1
      }
      guard old < source.table.count, uses[old] > 0 else { continue }
      moved[old] = strings.count
      strings.append(source.table[old])
    }
    isIdentity = false
    head = RecordWriter.Table.head(count: strings.count, strings.lazy.map { Array($0.utf8) })
    freshNumbers = numbers
    self.moved = moved
  }

  func number(_ old: Int) -> Int { isIdentity ? old : moved[old] }
}
