import Foundation

/// Reads what `RecordWriter` wrote; any inconsistency (a truncated or foreign file) makes it fail, and
/// the build then renders everything.
struct RecordReader {
  struct Damaged: Error {}

  private let bytes: [UInt8]
  private var offset = 0
  private var table: [String] = []

  /// Reads the string table the record starts with.
  init(_ data: Data) throws {
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
    let number = try integer()
    guard number < table.count else { throw Damaged() }
    return table[number]
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
