import Foundation

/// A 128-bit digest of a served file's bytes, so a preview rewrites only the files whose bytes changed.
/// It never leaves the process, so unlike `Fingerprint` (whose values the build record keeps) it is
/// free to read eight bytes at a time: the served files of a large site are megabytes after every save.
struct FileDigest: Hashable, Sendable {
  let first: UInt64
  let second: UInt64
  let count: Int

  static func of(_ data: Data) -> FileDigest {
    data.withUnsafeBytes { of($0) }
  }

  static func of(_ bytes: UnsafeRawBufferPointer) -> FileDigest {
    var first: UInt64 = 0x243f_6a88_85a3_08d3
    var second: UInt64 = 0x1319_8a2e_0370_7344
    let words = bytes.count / 8
    for index in 0..<words {
      let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
      first = mix(first ^ word, by: 0x9e37_79b9_7f4a_7c15)
      second = mix(second ^ (word >> 32 | word << 32), by: 0xc2b2_ae3d_27d4_eb4f)
    }
    // The last few bytes, high bytes zero, and the length apart: "a" and "a\0" differ.
    var tail: UInt64 = 0
    for offset in stride(from: bytes.count - 1, through: words * 8, by: -1) {
      tail = tail << 8 | UInt64(bytes[offset])
    }
    first = finish(mix(first ^ tail, by: 0x9e37_79b9_7f4a_7c15) ^ UInt64(bytes.count))
    second = finish(mix(second ^ tail, by: 0xc2b2_ae3d_27d4_eb4f) &+ UInt64(bytes.count))
    return FileDigest(first: first, second: second, count: bytes.count)
  }

  @inline(__always) private static func mix(_ value: UInt64, by factor: UInt64) -> UInt64 {
    let product = value &* factor
    return product ^ (product >> 29)
  }

  /// MurmurHash3's 64-bit finalizer, so every input bit reaches every output bit.
  private static func finish(_ value: UInt64) -> UInt64 {
    var mixed = value
    mixed ^= mixed >> 33
    mixed &*= 0xff51_afd7_ed55_8ccd
    mixed ^= mixed >> 33
    mixed &*= 0xc4ce_b9fe_1a85_ec53
    mixed ^= mixed >> 33
    return mixed
  }
}
