import Foundation

/// A stable 128-bit digest of what a page was made from (two 64-bit FNV-1a lanes with different
/// seeds): the same inputs give the same value in every process, unlike `Hasher`.
public struct Fingerprint: Sendable {
  private var first: UInt64 = 0xcbf2_9ce4_8422_2325
  private var second: UInt64 = 0x6c62_272e_07bb_0142

  public init() {}

  /// Both lanes zero: the start of a sum (`accumulate`), not of a hash.
  static var zero: Fingerprint {
    var zero = Fingerprint()
    (zero.first, zero.second) = (0, 0)
    return zero
  }

  public mutating func add(_ bytes: some Sequence<UInt8>) {
    // Through the bytes' buffer when there is one: `Data`'s iterator costs more than the hashing.
    let hashed: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      for byte in buffer { mix(byte) }
    }
    if hashed == nil {
      for byte in bytes { mix(byte) }
    }
    // A separator, so ("ab", "c") and ("a", "bc") differ.
    first = (first ^ 0xff) &* 0x100_0000_01b3
    second = (second ^ 0xfe) &* 0x100_0000_01b3
  }

  @inline(__always) private mutating func mix(_ byte: UInt8) {
    first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
    second = (second ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 0x9e37_79b9
  }

  public mutating func add(_ text: String) { add(text.utf8) }

  /// Another fingerprint's state, as 16 bytes: a container's entry in `EncodedFingerprint`.
  mutating func add(lanesOf other: Fingerprint) {
    withUnsafeBytes(of: (other.first.littleEndian, other.second.littleEndian)) { add($0) }
  }

  /// A number, as 8 bytes.
  mutating func add(number: UInt64) {
    withUnsafeBytes(of: number.littleEndian) { add($0) }
  }

  /// The sum of both lanes with another's: an order-free way to combine a set of fingerprints.
  mutating func accumulate(_ other: Fingerprint) {
    first &+= other.first
    second &+= other.second
  }

  /// Both lanes in lowercase hex without leading zeros, joined by `-`; written straight into the
  /// string, as a build takes thousands.
  public var value: String {
    String(unsafeUninitializedCapacity: 33) { buffer in
      var count = Self.writeHex(first, into: buffer, at: 0)
      buffer[count] = UInt8(ascii: "-")
      count += 1
      return count + Self.writeHex(second, into: buffer, at: count)
    }
  }

  /// `String(lane, radix: 16)`, for tests of `value`.
  static func hex(_ lane: UInt64) -> String {
    String(unsafeUninitializedCapacity: 16) { writeHex(lane, into: $0, at: 0) }
  }

  /// Writes `lane` in hex at `start`; returns how many digits it took.
  private static func writeHex(_ lane: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int)
    -> Int
  {
    let digits = lane == 0 ? 1 : (67 - lane.leadingZeroBitCount) / 4
    for position in 0..<digits {
      let nibble = UInt8(truncatingIfNeeded: lane >> (4 * UInt64(digits - 1 - position))) & 0xf
      buffer[start + position] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
    return digits
  }

  public static func of(_ parts: String...) -> String {
    var hasher = Fingerprint()
    for part in parts { hasher.add(part) }
    return hasher.value
  }
}
