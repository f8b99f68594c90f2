import Foundation

/// Reads what `RecordWriter` wrote; any inconsistency (a truncated or foreign file) makes it fail, and
/// the build then renders everything.
struct RecordReader {
  struct Damaged: Error {}

  let bytes: [UInt8]
  /// Where the next value starts.
  private(set) var offset = 0
  private(set) var table: [String] = []
  /// Where the string table ends.
  private(set) var tableEnd = 0
  /// How many times each entry of the table was read by `shared()`, when counting.
  private(set) var uses: [Int32] = []
  private var countsUses = false

  /// Reads the string table the record starts with; with `countingUses`, `uses` tallies each entry's
  /// reads (`RecordEncoding`).
  init(_ data: Data, countingUses: Bool = false) throws {
    bytes = Array(data)
    var previous: [UInt8] = []
    table = try (0..<count()).map { _ in
      let common = try integer()
      let rest = try count()
      guard common <= previous.count else { throw Damaged() }
      previous = Array(previous[..<common]) + bytes[offset..<offset + rest]
      offset += rest
      return String(decoding: previous, as: UTF8.self)
    }
    tableEnd = offset
    countsUses = countingUses
    if countingUses { uses = Array(repeating: 0, count: table.count) }
  }

  /// A reader of `bytes` from `offset`, whose strings are `table`'s: one page of a record read before.
  init(bytes: [UInt8], table: [String], at offset: Int) {
    self.bytes = bytes
    self.table = table
    self.offset = offset
  }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func integer() throws -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count, shift < 63 else { throw Damaged() }
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    guard value <= UInt64(Int.max) else { throw Damaged() }
    return Int(value)
  }

  mutating func string() throws -> String {
    let count = try integer()
    guard count <= bytes.count - offset else { throw Damaged() }
    defer { offset += count }
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }

  /// How many items follow: never more than the bytes left could hold.
  mutating func count() throws -> Int {
    let count = try integer()
    guard count <= bytes.count - offset else { throw Damaged() }
    return count
  }

  mutating func fingerprint() throws -> String {
    guard offset < bytes.count else { throw Damaged() }
    offset += 1
    guard bytes[offset - 1] == 1 else { return try string() }
    guard offset + 16 <= bytes.count else { throw Damaged() }
    let lanes = (0..<2).map { lane in
      (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + lane * 8 + $1]) << (8 * UInt64($1)) }
    }
    offset += 16
    return Fingerprint.hex(lanes[0]) + "-" + Fingerprint.hex(lanes[1])
  }

  mutating func shared() throws -> String {
    table[try sharedNumber()]
  }

  /// A shared string's number in the table.
  mutating func sharedNumber() throws -> Int {
    let number = try integer()
    guard number < table.count else { throw Damaged() }
    if countsUses { uses[number] += 1 }
    return number
  }

  /// The next `count` bytes as they are.
  mutating func raw(_ count: Int) throws -> ArraySlice<UInt8> {
    guard count <= bytes.count - offset else { throw Damaged() }
    defer { offset += count }
    return bytes[offset..<offset + count]
  }

  mutating func sharedList() throws -> [String] {
    try (0..<count()).map { _ in try shared() }
  }

  mutating func ascending() throws -> [Int] {
    var previous = 0
    return try (0..<count()).map { _ in
      let (sum, overflow) = previous.addingReportingOverflow(try integer())
      guard !overflow else { throw Damaged() }
      previous = sum
      return sum
    }
  }
}
