import Foundation
import TestSupport
import Testing

@testable import PageRenderer

/// A record encoded from the one the build before read copies the pages it keeps, and its bytes are
/// those of encoding it whole, whatever pages changed, came or went.
@Suite struct RecordReencodingTests {
  private func whole(_ record: RenderRecord) -> Data {
    var copy = record
    copy.source = nil
    return copy.encoded()
  }

  private func page(_ path: String, words: String, heading: String = "Operations") -> PageRecord {
    var facts = PageFacts()
    facts.headings = [Markup.Heading(level: 2, id: heading.lowercased(), text: heading)]
    facts.mentioned = [2, 7]
    facts.linkTargets = ["index.html", path + "#top"]
    facts.words = words
    return PageRecord(
      inputs: Fingerprint.of(path, words), facts: facts, references: "refs", files: [path, path + ".svg"])
  }

  private func paths(_ record: RenderRecord) -> [String] {
    StringOrder.sorted(record.pages.keys).map(\.string)
  }

  @Test(arguments: [
    "nothing", "same strings", "a new word", "a page gone", "a page added", "several, not ASCII",
  ])
  func reencodingGivesTheWholeEncoding(_ change: String) throws {
    let decoded = try #require(RenderRecord.decode(RenderRecordTests().large(pages: 300).encoded(jobs: 2)))
    var record = decoded
    let first = "bench-festival-bf0001/components/service-7.html"
    switch change {
    case "same strings":
      record.pages[first] = page(first, words: "service handles area7 owner team postgresql")
    case "a new word": record.pages[first] = page(first, words: "service zebra handles")
    case "a page gone": record.pages[first] = nil
    case "a page added": record.pages["new/page.html"] = page("new/page.html", words: "fresh words")
    case "several, not ASCII":
      record.pages[first] = page(first, words: "ökonomie é café", heading: "Économie")
      record.pages["bench-festival-bf0001/components/service-8.html"] = nil
      record.pages["a/zz.html"] = page("a/zz.html", words: "area9 ünïcode")
    default: break
    }
    let source = try #require(record.source)
    #expect(record.reencoded(from: source, paths: paths(record)) != nil)
    #expect(record.encoded() == whole(record))
    #expect(RenderRecord.decode(record.encoded())?.pages.count == record.pages.count)
  }

  @Test func chainedEditsStayTheWholeEncoding() throws {
    var generator = SeededRandom(seed: 7)
    var record = RenderRecordTests().large(pages: 120)
    for round in 0..<25 {
      var next = try #require(RenderRecord.decode(record.encoded(jobs: 2)))
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        let number = Int.random(in: 0..<140, using: &generator)
        let path = "bench-festival-bf0001/components/service-\(number).html"
        if Bool.random(using: &generator) {
          next.pages[path] = nil
        } else {
          next.pages[path] = page(path, words: "round\(round) area\(number) word\(number % 9)")
        }
      }
      #expect(next.encoded() == whole(next), "round \(round)")
      record = next
    }
  }

  @Test func aDamagedSourceFallsBackToTheWholeEncoding() throws {
    var record = try #require(RenderRecord.decode(RenderRecordTests().sample().encoded()))
    let source = try #require(record.source)
    record.source = RecordEncoding(
      bytes: Array(source.bytes.prefix(source.tableEnd + 3)), table: source.table, tableEnd: source.tableEnd,
      uses: source.uses, pages: source.pages)
    record.pages["a.html"] = page("a.html", words: "other")
    #expect(record.encoded() == whole(record))
  }
}
