import Foundation
import TestSupport
import Testing

@testable import Markdown

/// A long document parsed a part at a time (so cmark-gfm's tree is held for one part only) gives the
/// tree a whole parse gives: on every markdown file of the project and `../shared`, cut into parts far
/// smaller than the real ones, before and after random edits, one part after another and side by side.
@Suite struct MarkdownPartsTests {
  private static func inParts(_ text: String, size: Int, jobs: Int = 1) -> MarkdownDocument? {
    let bytes = Array(text.utf8)
    guard MarkdownPartCache.isPartable(bytes) else { return nil }
    let region = ParsedText.regionInParts(
      bytes, lineStarts: ParsedText.lineStarts(of: bytes), partSize: size, jobs: jobs)
    return region.map { MarkdownDocument(blocks: $0.blocks.compactMap { $0 }) }
  }

  @Test func everyFileCutIntoSmallPartsParsesAsAWhole() throws {
    var random = SeededRandom(seed: 23)
    var compared = 0
    for file in MarkdownPartCacheTests.corpus {
      guard var text = try? String(contentsOf: file, encoding: .utf8) else { continue }
      for step in 0..<3 {
        let whole = MarkdownParser.parseWhole(text)
        for size in [64, 700] {
          for jobs in [1, 3] {
            guard let parts = Self.inParts(text, size: size, jobs: jobs) else { continue }
            #expect(parts == whole, "\(file.path), edit \(step), parts of \(size), \(jobs) jobs")
            compared += 1
          }
        }
        text = MarkdownPartCacheTests.edit(text, using: &random)
      }
    }
    #expect(compared > 400)
  }

  @Test func aLongDocumentIsParsedInPartsAsAWhole() {
    let text = MarkdownPartCacheTests.largeDocument(sections: 3_200)
    #expect(text.utf8.count > ParsedText.partSize * 3)
    let whole = MarkdownParser.parseWhole(text)
    #expect(MarkdownParser.parse(text) == whole)
    #expect(MarkdownParser.parse(text, jobs: 2) == whole)
    var random = SeededRandom(seed: 5)
    var edited = text
    for _ in 0..<40 { edited = MarkdownPartCacheTests.edit(edited, using: &random) }
    let editedWhole = MarkdownParser.parseWhole(edited)
    #expect(MarkdownParser.parse(edited) == editedWhole)
    #expect(MarkdownParser.parse(edited, jobs: 2) == editedWhole)
  }

  /// Past `arenaLimit` a whole parse uses malloc, not cmark-gfm's arena: the trees agree.
  @Test func aTextPastTheArenaLimitParsesAsItsParts() {
    let text = MarkdownPartCacheTests.largeDocument(sections: 8_000)
    #expect(text.utf8.count > MarkdownParser.arenaLimit)
    #expect(MarkdownParser.parse(text) == MarkdownParser.parseWhole(text))
  }

  /// Where the text holds no line a block can start on, or none that proves to be one, it is parsed whole.
  @Test func textWithoutABoundaryIsParsedInOneGo() {
    let fence = "```\n" + String(repeating: "code line\n\nafter a blank\n", count: 40) + "```\n\nAfter.\n"
    let list = "- item\n\n" + String(repeating: "  continued\n\n", count: 60) + "Out.\n"
    let lines = String(repeating: "one line of a paragraph\n", count: 100)
    for text in [fence, list, lines] {
      #expect(Self.inParts(text, size: 64) == MarkdownParser.parseWhole(text))
      #expect(Self.inParts(text, size: 64, jobs: 2) == MarkdownParser.parseWhole(text))
    }
  }

  /// Side by side, a part whose end proves not to start a block (here in the middle of a fence) is
  /// found again one after another from there; the parts before it are kept.
  @Test func aPartThatDoesNotHoldIsFoundAgainInTurn() {
    var text = ""
    for section in 0..<30 {
      text += "## Section \(section)\n\nA paragraph with ~~struck~~ words and www.example.com.\n\n"
      if section == 12 {
        text += "```\n" + String(repeating: "code\n\nafter a blank\n", count: 30) + "```\n\n"
      }
    }
    #expect(Self.inParts(text, size: 200, jobs: 2) == MarkdownParser.parseWhole(text))
  }

  @Test func aBlankLineStartsTheLikelyBlock() {
    let text = Array("a\nb\n\n  c\n\nd\n".utf8)
    let starts = ParsedText.lineStarts(of: text)
    #expect(ParsedText.likelyBlockStart(text, lineStarts: starts, from: 1) == 6)
    #expect(ParsedText.likelyBlockStart(text, lineStarts: starts, from: 7) == nil)
  }
}
