import Foundation
import TestSupport
import Testing

@testable import Markdown

/// A document parsed again after an edit, keeping unchanged top-level blocks, gives the tree a whole
/// parse gives: on every markdown file the project and `../shared` hold, and after random edits.
@Suite struct MarkdownPartCacheTests {
  /// Lines that open, close or interrupt blocks: the edits most likely to change what follows them.
  private static let trickyLines = [
    "", "```", "~~~", "```mermaid", "## Heading", "# Title", "- item", "1. one", "2) two", "> quote",
    "    indented code", "---", "===", "Plain text line", "| a | b |", "|---|---|", "| 1 | 2 |", "<div>",
    "</div>", "<!-- comment", "-->", "<pre>", "</pre>", "- [ ] task", "- [x] done", "  - nested", "***",
    "Setext title", "   ## indented heading", "\tTabbed", "**bold** and `code`",
  ]

  private static func markdownFiles(under folder: URL) -> [URL] {
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
      return []
    }
    return walker.compactMap { $0 as? URL }.filter { $0.pathExtension.lowercased() == "md" }
      .sorted { $0.path < $1.path }
  }

  static var corpus: [URL] {
    let root = SharedFolder.projectRoot
    var files =
      markdownFiles(under: root.appendingPathComponent("Content"))
      + markdownFiles(under: root.appendingPathComponent("Tests/Fixtures"))
    if let shared = SharedFolder.url {
      files += markdownFiles(under: shared.appendingPathComponent("real-festivals"))
      files += markdownFiles(under: shared.appendingPathComponent("festival-methodology"))
    }
    return files
  }

  /// A contract-sized document: many sections, each with a table, a list and a fence.
  static func largeDocument(sections: Int) -> String {
    var text = "# Contract\n\n**Status**: DRAFT\n\n"
    for index in 0..<sections {
      text += "## Service \(index)\n\nHandles area \(index).\n\n| Field | Type | Notes |\n|---|---|---|\n"
      for row in 0..<4 { text += "| f\(row) | string | row \(row) of \(index) |\n" }
      text += "\n- depends on \(max(0, index - 1))\n- owned by team \(index % 7)\n\n"
      text += "```mermaid\nflowchart LR\n  A\(index) --> B\(index)\n```\n\n"
    }
    return text
  }

  static func edit(_ text: String, using random: inout SeededRandom) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let at = Int.random(in: 0..<max(1, lines.count), using: &random)
    switch Int.random(in: 0..<5, using: &random) {
    case 0: lines.insert(trickyLines.randomElement(using: &random)!, at: at)
    case 1 where lines.count > 1: lines.remove(at: at)
    case 2: lines.insert(lines[min(at, lines.count - 1)], at: at)
    case 3 where !lines.isEmpty: lines[at] += " more"
    default: lines.insert(contentsOf: ["", trickyLines.randomElement(using: &random)!, ""], at: at)
    }
    return lines.joined(separator: "\n")
  }

  @Test func everyFileParsesAsAWholeParseDoesAndAfterEdits() throws {
    let files = Self.corpus
    #expect(files.count > 50)
    var random = SeededRandom(seed: 7)
    for file in files {
      guard let original = try? String(contentsOf: file, encoding: .utf8) else { continue }
      let cache = MarkdownPartCache()
      var text = original
      #expect(cache.parse(text) == MarkdownParser.parse(text), "\(file.path)")
      for step in 0..<4 {
        text = Self.edit(text, using: &random)
        #expect(cache.parse(text) == MarkdownParser.parse(text), "\(file.path), edit \(step)")
      }
    }
  }

  @Test func longRunsOfEditsOnALargeDocumentKeepTheTree() {
    var random = SeededRandom(seed: 11)
    let cache = MarkdownPartCache()
    var text = Self.largeDocument(sections: 60)
    for step in 0..<300 {
      text = Self.edit(text, using: &random)
      let parts = cache.parse(text)
      let whole = MarkdownParser.parseWhole(text)
      #expect(parts == whole, "edit \(step)")
      if parts != whole { return }
    }
  }

  @Test func aCellEditConvertsOnlyItsTable() {
    let cache = MarkdownPartCache()
    let text = Self.largeDocument(sections: 200)
    _ = cache.parse(text)
    let edited = text.replacingOccurrences(of: "| row 2 of 117 |", with: "| row 2 of 117, edited |")
    #expect(cache.parse(edited) == MarkdownParser.parse(edited))
    #expect(cache.convertedLastTime == 1)
    // A line added near the top moves every block after it: moved, not converted again.
    let moved = "Intro line.\n\n" + edited
    #expect(cache.parse(moved) == MarkdownParser.parse(moved))
    #expect(cache.convertedLastTime == 1)
  }

  @Test func textThatMayDefineReferencesIsParsedWhole() {
    let cache = MarkdownPartCache()
    let text = "# A\n\nSee [the spec][spec].\n\n## B\n\n[spec]: https://example.com/spec\n"
    #expect(cache.parse(text) == MarkdownParser.parse(text))
    #expect(cache.convertedLastTime == -1)
    let notes = "# A\n\nA claim.[^1]\n\n## B\n\n[^1]: The source.\n"
    #expect(cache.parse(notes) == MarkdownParser.parse(notes))
    #expect(cache.convertedLastTime == -1)
    let returns = "# A\r\n\r\nText\r\n## B\r\n"
    #expect(cache.parse(returns) == MarkdownParser.parse(returns))
    #expect(cache.convertedLastTime == -1)
  }
}
