import Foundation
import Testing

@testable import FestdocCLI

/// Serve rewrites a file only when its digest changed, so a change anywhere in a file must change it.
@Suite struct FileDigestTests {
  @Test func equalBytesGiveEqualDigests() {
    let text = Data(String(repeating: "<p>festdoc</p>\n", count: 1000).utf8)
    #expect(FileDigest.of(text) == FileDigest.of(Data(text)))
    #expect(FileDigest.of(Data()) == FileDigest.of(Data()))
  }

  @Test func everyOneByteChangeChangesTheDigest() {
    // Lengths around the eight-byte words, so the change lands in whole words and in the tail.
    for length in [1, 7, 8, 9, 15, 16, 17, 100] {
      let original = Data((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
      let digest = FileDigest.of(original)
      var seen: Set<FileDigest> = [digest]
      for position in 0..<length {
        for flip in [UInt8(1), 0x80, 0xff] {
          var changed = original
          changed[position] ^= flip
          let other = FileDigest.of(changed)
          #expect(other != digest, "length \(length), byte \(position)")
          seen.insert(other)
        }
      }
      #expect(seen.count == 1 + 3 * length, "length \(length)")
    }
  }

  @Test func trailingZerosAndLengthCount() {
    #expect(FileDigest.of(Data([0x61])) != FileDigest.of(Data([0x61, 0])))
    #expect(FileDigest.of(Data()) != FileDigest.of(Data([0])))
    #expect(FileDigest.of(Data(count: 8)) != FileDigest.of(Data(count: 16)))
  }
}
