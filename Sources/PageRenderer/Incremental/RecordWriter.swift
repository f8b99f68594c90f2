import Foundation

/// Writes the build record's values compactly: numbers as variable-length integers (seven bits a byte),
/// and every string that repeats across pages (paths, link targets, headings, words) once, in a sorted
/// table the record starts with, each use its number there. The table stores each string as what it
/// shares with the one before and the rest, so paths in one folder cost their file names. A
/// 10,000-component record was 131 MB of fixed-width lengths and repeated link targets.
struct RecordWriter {
  /// Every string written with `shared(_:)`, numbered in sorted order (any fixed order serves; sorted
  /// strings put paths of one folder side by side), and the table's bytes that start the record.
  struct Table: Sendable {
    let numbers: [String: Int]
    let head: [UInt8]

    init(shared: Set<String>) {
      let sorted = StringOrder.sorted(shared)
      numbers = Dictionary(uniqueKeysWithValues: zip(sorted.lazy.map(\.string), sorted.indices))
      head = Self.head(count: sorted.count, sorted.lazy.map(\.bytes))
    }

    /// The table's bytes for `count` strings in their order: each as what it shares with the one before
    /// and the rest.
    static func head(count: Int, _ strings: some Sequence<[UInt8]>) -> [UInt8] {
      var head: [UInt8] = []
      RecordWriter.append(count, to: &head)
      var previous: [UInt8] = []
      for value in strings {
        var common = 0
        while common < previous.count && common < value.count && previous[common] == value[common] {
          common += 1
        }
        RecordWriter.append(common, to: &head)
        RecordWriter.append(value.count - common, to: &head)
        head.append(contentsOf: value[common...])
        previous = value
      }
      return head
    }
  }

  /// Bytes, not `Data`: appending to `Data` piece by piece cost serve a tenth of its rebuild.
  private(set) var body: [UInt8] = []
  private let numbers: [String: Int]

  /// A writer of part of a record whose table is `table` (holding every string `shared(_:)` will be
  /// given): parts written apart and joined in order after the table's head are one record.
  init(table: Table) {
    numbers = table.numbers
  }

  /// A writer whose shared strings have the given numbers (those of a table made elsewhere).
  init(numbers: [String: Int]) {
    self.numbers = numbers
  }

  mutating func integer(_ value: Int) {
    Self.append(value, to: &body)
  }

  /// A string that appears once in the record (a fingerprint).
  mutating func string(_ value: String) {
    Self.append(string: value, to: &body)
  }

  /// A fingerprint (`Fingerprint.value`, two hex lanes) as 1 and its 16 bytes; anything else as 0 and
  /// the string.
  mutating func fingerprint(_ value: String) {
    guard let lanes = Self.lanes(value) else {
      body.append(0)
      string(value)
      return
    }
    body.append(1)
    for lane in lanes {
      for shift in stride(from: 0, to: 64, by: 8) {
        body.append(UInt8(truncatingIfNeeded: lane >> UInt64(shift)))
      }
    }
  }

  /// The two lanes of `lane-lane` in lowercase hex without leading zeros, exactly as `Fingerprint.hex`
  /// writes them (so reading gives back the same string), else nil.
  static func lanes(_ value: String) -> [UInt64]? {
    var lanes: [UInt64] = [0]
    var digits = 0
    var first: UInt8 = 0
    for byte in value.utf8 {
      if byte == UInt8(ascii: "-") {
        guard lanes.count == 1, digits > 0, digits == 1 || first != UInt8(ascii: "0") else { return nil }
        lanes.append(0)
        digits = 0
        continue
      }
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      default: return nil
      }
      guard digits < 16 else { return nil }
      if digits == 0 { first = byte }
      lanes[lanes.count - 1] = lanes[lanes.count - 1] << 4 | UInt64(digit)
      digits += 1
    }
    guard lanes.count == 2, digits > 0, digits == 1 || first != UInt8(ascii: "0") else { return nil }
    return lanes
  }

  /// A string that may appear many times: its number in the table (given to `init`).
  mutating func shared(_ value: String) {
    integer(numbers[value] ?? 0)
  }

  mutating func sharedList(_ values: [String]) {
    integer(values.count)
    for value in values { shared(value) }
  }

  /// Ascending numbers as the gaps between them.
  mutating func ascending(_ values: [Int]) {
    integer(values.count)
    var previous = 0
    for value in values {
      integer(value - previous)
      previous = value
    }
  }

  /// Seven bits a byte, low first; the high bit says another byte follows. Negative numbers never occur.
  static func append(_ value: Int, to bytes: inout [UInt8]) {
    var rest = UInt64(max(0, value))
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  private static func append(string value: String, to bytes: inout [UInt8]) {
    append(value.utf8.count, to: &bytes)
    bytes.append(contentsOf: value.utf8)
  }
}
