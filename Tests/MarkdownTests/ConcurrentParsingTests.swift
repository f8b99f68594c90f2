import Foundation
import Testing

@testable import Markdown

/// cmark-gfm keeps the characters its inline extensions react to (`:` and `w` for autolinks, `~` for
/// strikethrough) in one table for the whole process, and every parser sets them as its inline pass
/// starts and clears them as it ends: parsers on several threads at once lost autolinks and
/// strikethrough now and then. `CmarkThreads` sets them once and keeps them set, so parsers run at once,
/// each in an arena of its own.
@Suite struct ConcurrentParsingTests {
  static let text = (0..<40).map { index in
    """
    ## Part \(index)

    | Link | Note |
    |---|---|
    | https://example.com/\(index) | ~~old~~ new |

    See https://github.com/example/\(index) and www.example.org/\(index), ~~struck~~ through.

    """
  }.joined(separator: "\n")

  @Test func theLibraryTookFestdocsHoldOnItsCharacters() {
    #if os(Linux)
      #expect(MarkdownParser.charactersHeld)
    #endif
  }

  /// Every parse, the first included, has its autolinks and strikethrough.
  @Test func aParseKeepsAutolinksAndStrikethrough() throws {
    let document = MarkdownParser.parse("A ~~struck~~ word, www.example.com and https://example.org/path.\n")
    guard case .paragraph(let paragraph) = document.blocks.first else {
      Issue.record("expected a paragraph, got \(document.blocks)")
      return
    }
    #expect(paragraph.content.contains(.strikethrough([.text("struck")])))
    let links = paragraph.content.compactMap { inline -> String? in
      if case .link(let link) = inline { return link.destination }
      return nil
    }
    #expect(links == ["http://www.example.com", "https://example.org/path"])
  }

  @Test func parsesOnManyThreadsGiveOneTree() {
    let expected = MarkdownParser.parse(Self.text)
    let differing = Slots(count: 8)
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
      var count = 0
      for _ in 0..<60 where MarkdownParser.parse(Self.text) != expected { count += 1 }
      differing.set(thread, count)
    }
    #expect(differing.all.reduce(0, +) == 0)
  }

  /// Texts whose buffers cmark-gfm grows by realloc in its arena (a long code block), parsed on several
  /// threads at once: each equals its parse alone.
  @Test func largeTreesOnSeveralThreadsAreEachTheirOwn() {
    let texts = (0..<6).map { index in
      "# Text \(index)\n\n```\n"
        + String(repeating: "line \(index) of the code\n", count: 4_000 * (index + 1))
        + "```\n\n" + String(repeating: "| a | ~~b~~ |\n|---|---|\n| \(index) | www.x.org |\n\n", count: 300)
    }
    let expected = texts.map { MarkdownParser.parse($0) }
    let differing = Slots(count: texts.count)
    DispatchQueue.concurrentPerform(iterations: texts.count) { index in
      differing.set(index, MarkdownParser.parse(texts[index]) == expected[index] ? 0 : 1)
    }
    #expect(differing.all.reduce(0, +) == 0)
  }

  /// Counts per thread, written without a data race.
  final class Slots: @unchecked Sendable {
    private var values: [Int]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: 0, count: count) }
    func set(_ index: Int, _ value: Int) { lock.withLock { values[index] = value } }
    var all: [Int] { lock.withLock { values } }
  }
}
