import Foundation
import Testing

@testable import PageRenderer

/// The build record survives a round trip, and a damaged one is refused without a crash.
@Suite struct RenderRecordTests {
  func sample() -> RenderRecord {
    var record = RenderRecord()
    var facts = PageFacts()
    facts.headings = [Markup.Heading(level: 2, id: "intro", text: "Intro")]
    facts.mentioned = [3, 1]
    facts.linkTargets = ["a.html", "a.html#x"]
    facts.words = "intro text"
    record.pages["a.html"] = PageRecord(
      inputs: "1-2", facts: facts, references: "r", files: ["a.html", "a-diagram-1.svg"])
    return record
  }

  @Test func roundTrips() throws {
    let decoded = try #require(RenderRecord.decode(sample().encoded()))
    #expect(decoded.encoded() == sample().encoded())
    #expect(decoded.pages["a.html"]?.facts.mentioned == [1, 3])
  }

  @Test func damagedRecordsAreRefused() {
    let data = sample().encoded()
    #expect(RenderRecord.decode(Data()) == nil)
    #expect(RenderRecord.decode(data.dropLast()) == nil)
    #expect(RenderRecord.decode(data + Data([0])) == nil)
    // Every length field made negative or huge in turn: refused, never a trap.
    for offset in stride(from: 0, to: data.count - 8, by: 1) {
      for value: UInt64 in [UInt64.max, 1 << 62] {
        var damaged = data
        withUnsafeBytes(of: value.littleEndian) { damaged.replaceSubrange(offset..<offset + 8, with: $0) }
        _ = RenderRecord.decode(damaged)
      }
    }
  }
}
