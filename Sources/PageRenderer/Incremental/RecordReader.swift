import Foundation

/// Reads what `RecordWriter` wrote; any inconsistency (a truncated or foreign file) makes it fail, and
/// the build then renders everything.
struct RecordReader {
  struct Damaged: Error {}

  private let bytes: [UInt8]
  private var offset = 0

  init(_ data: Data) { bytes = Array(data) }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func integer() throws -> Int {
    guard offset + 8 <= bytes.count else { throw Damaged() }
    var value: UInt64 = 0
    for shift in 0..<8 { value |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift)) }
    offset += 8
    return Int(Int64(bitPattern: value))
  }

  mutating func string() throws -> String {
    let count = try integer()
    guard count >= 0, offset + count <= bytes.count else { throw Damaged() }
    defer { offset += count }
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }

  /// How many items follow: never negative, never more than the bytes left could hold.
  mutating func count() throws -> Int {
    let count = try integer()
    guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
    return count
  }

  mutating func strings() throws -> [String] {
    try (0..<count()).map { _ in try string() }
  }
}
