/// The bytes a record was read from, kept beside it: the next build's record copies the bytes of every
/// page it keeps (the same `PageRecord`) instead of encoding ten thousand pages again
/// (`RenderRecord.reencoded(from:paths:)`).
final class RecordEncoding: Sendable {
  struct Page: Sendable {
    let record: PageRecord
    /// Where the page lies in `bytes`.
    let range: Range<Int>
  }

  /// The record after its format line.
  let bytes: [UInt8]
  /// The shared strings, in the table's order.
  let table: [String]
  /// The table's bytes are `bytes[..<tableEnd]`.
  let tableEnd: Int
  /// How many times the pages name each entry of the table.
  let uses: [Int32]
  let pages: [String: Page]

  init(bytes: [UInt8], table: [String], tableEnd: Int, uses: [Int32], pages: [String: Page]) {
    self.bytes = bytes
    self.table = table
    self.tableEnd = tableEnd
    self.uses = uses
    self.pages = pages
  }

  /// The numbers of the shared strings the page at `range` names; nil if its bytes do not read.
  func sharedNumbers(ofPageAt range: Range<Int>) -> [Int]? {
    var reader = RecordReader(bytes: bytes, table: table, at: range.lowerBound)
    return try? reader.sharedNumbersOfPage()
  }

  /// Where `string` is in the table, or where it would go (`found` false). Strings compare as the
  /// table was sorted (`StringOrder`).
  func place(of string: String) -> (index: Int, found: Bool) {
    let entry = StringOrder.Entry(string)
    var (low, high) = (0, table.count)
    while low < high {
      let middle = (low + high) / 2
      if StringOrder.precedes(StringOrder.Entry(table[middle]), entry) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return (low, low < table.count && table[low] == string)
  }
}
