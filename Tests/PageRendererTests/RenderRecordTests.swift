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
    facts.words = "intro é text"
    record.pages["docs/b.html"] = PageRecord(
      inputs: Fingerprint.of("b"), facts: facts, references: Fingerprint.of("b", "refs"),
      files: ["docs/b.html"])
    return record
  }

  /// Pages of one large festival: long paths in few folders, the same link targets on every page.
  func large(pages: Int) -> RenderRecord {
    var record = RenderRecord()
    let targets = (0..<50).map { "bench-festival-bf0001/components/service-\($0).html#operations" }
    for number in 0..<pages {
      var facts = PageFacts()
      facts.headings = [Markup.Heading(level: 2, id: "operations", text: "Operations")]
      facts.mentioned = Set(number..<number + 20)
      facts.linkTargets = Set(targets)
      facts.words = "service handles area\(number) owner team postgresql"
      let path = "bench-festival-bf0001/components/service-\(number).html"
      record.pages[path] = PageRecord(
        inputs: Fingerprint.of(path), facts: facts, references: Fingerprint.of(path, "r"), files: [path])
    }
    return record
  }

  @Test func roundTrips() throws {
    let decoded = try #require(RenderRecord.decode(sample().encoded()))
    #expect(decoded.encoded() == sample().encoded())
    #expect(decoded.pages["a.html"]?.facts.mentioned == [1, 3])
    let page = try #require(decoded.pages["docs/b.html"])
    #expect(page.inputs == Fingerprint.of("b") && page.references == Fingerprint.of("b", "refs"))
    #expect(page.facts.words == "intro é text")
    #expect(decoded.pages["a.html"]?.inputs == "1-2")
  }

  @Test func fingerprintsAreKeptAsBytesOnlyWhenTheyReadBackTheSame() {
    for value in [Fingerprint.of("a"), Fingerprint.of("b", "c"), "0-0", "1-2", "ffffffffffffffff-1"] {
      let lanes = RecordWriter.lanes(value)
      #expect(lanes.map { Fingerprint.hex($0[0]) + "-" + Fingerprint.hex($0[1]) } == value, "\(value)")
    }
    for value in ["", "1", "1-", "-1", "01-2", "1-02", "1-2-3", "A-1", "1-g", "1ffffffffffffffff-1", "r"] {
      #expect(RecordWriter.lanes(value) == nil, "\(value)")
    }
  }

  @Test func repeatedStringsAreWrittenOnce() throws {
    let record = large(pages: 1_000)
    let data = record.encoded()
    // Per page: its path's number, two 16-byte fingerprints, 50 link numbers of two bytes, 20 mention
    // gaps, six words; a table of strings written once (each link target was 60 bytes more a page).
    #expect(data.count < 1_000 * 200)
    let decoded = try #require(RenderRecord.decode(data))
    #expect(decoded.pages.count == 1_000)
    #expect(decoded.encoded() == data)
    let path = "bench-festival-bf0001/components/service-7.html"
    #expect(decoded.pages[path]?.facts.linkTargets == record.pages[path]?.facts.linkTargets)
    #expect(decoded.pages[path]?.facts.words == "service handles area7 owner team postgresql")
  }

  @Test func damagedRecordsAreRefused() {
    let data = sample().encoded()
    #expect(RenderRecord.decode(Data()) == nil)
    #expect(RenderRecord.decode(data.dropLast()) == nil)
    #expect(RenderRecord.decode(data + Data([0])) == nil)
    let header = RenderRecord.format.utf8.count + 1
    #expect(RenderRecord.decode(Data("festdoc-record-5\n".utf8) + data.dropFirst(header)) == nil)
    // Every byte made the largest in turn, then every eight: refused or read, never a trap.
    for offset in data.indices {
      var damaged = data
      damaged[offset] = 0xFF
      _ = RenderRecord.decode(damaged)
    }
    for offset in stride(from: 0, to: data.count - 8, by: 1) {
      for value: UInt64 in [UInt64.max, 1 << 62] {
        var damaged = data
        withUnsafeBytes(of: value.littleEndian) { damaged.replaceSubrange(offset..<offset + 8, with: $0) }
        _ = RenderRecord.decode(damaged)
      }
    }
  }
}
