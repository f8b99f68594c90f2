import Foundation
import Markdown
import TestSupport
import Testing

@Suite struct MarkdownParserTests {
  private func firstTable(_ markdown: String) -> Table? {
    for case .table(let table) in MarkdownParser.parse(markdown).blocks { return table }
    return nil
  }

  @Test func tableKeepsHeaderAlignmentAndCellPositions() throws {
    let table = try #require(firstTable("# T\n\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n"))
    #expect(table.alignments == [.left, .center, .right])
    #expect(table.header.cells.map(\.content.plainText) == ["a", "b", "c"])
    #expect(table.rows.count == 1)
    #expect(table.rows[0].cells[1].range.start == TextPosition(line: 5, column: 6))
    #expect(table.range.start.line == 3)
  }

  @Test func escapedPipesStayInsideTheirCell() throws {
    let table = try #require(firstTable("| a | b |\n|---|---|\n| x\\|y | `p\\|q` |\n"))
    #expect(table.rows[0].cells.count == 2)
    #expect(table.rows[0].cells[0].content.plainText == "x|y")
    #expect(table.rows[0].cells[1].content == [.code("p|q")])
  }

  @Test func jsonAndLessThanInCellsAreText() throws {
    let table = try #require(firstTable("| f | sla |\n|---|---|\n| {\"field\": \"msg\"} | <200ms |\n"))
    #expect(table.rows[0].cells.map(\.content.plainText) == ["{\"field\": \"msg\"}", "<200ms"])
  }

  @Test func templateSeparatorWithTrailingSpaceStillMakesATable() throws {
    let table = try #require(firstTable("| Role | Date |\n|------|----- |\n| Lead | |\n"))
    #expect(table.rows[0].cells.count == 2)
  }

  @Test func fencedCodeKeepsInfoStringAndFirstLine() {
    let document = MarkdownParser.parse("text\n\n```mermaid title=x\nflowchart TD\n  A-->B\n```\n")
    guard case .codeBlock(let code) = document.blocks[1] else {
      Issue.record("expected a code block")
      return
    }
    #expect(code.info == "mermaid title=x")
    #expect(code.language == "mermaid")
    #expect(code.code == "flowchart TD\n  A-->B\n")
    #expect(code.isFenced)
    #expect(code.firstCodeLine == 4)
  }

  @Test func taskItemsCarryTheirState() {
    let document = MarkdownParser.parse("- [ ] open\n- [x] done\n- plain\n")
    #expect(document.allListItems.map(\.task) == [.unchecked, .checked, nil])
  }

  @Test func rawHTMLIsKeptAsWritten() {
    let document = MarkdownParser.parse(
      "<div class=\"x\">\nhi\n</div>\n\nA <kbd>K</kbd> and <script>x</script>\n")
    #expect(
      document.blocks.first
        == .htmlBlock(HTMLBlock(html: "<div class=\"x\">\nhi\n</div>\n", range: document.blocks[0].range)))
    guard case .paragraph(let paragraph) = document.blocks[1] else {
      Issue.record("expected a paragraph")
      return
    }
    #expect(paragraph.content.contains(.html("<kbd>")))
    #expect(paragraph.content.contains(.html("<script>")))
  }

  @Test func everyBlockKnowsItsLine() {
    let document = MarkdownParser.parse("# One\n\npara\n\n## Two\n\n> quote\n\n---\n")
    #expect(document.blocks.map(\.range.start.line) == [1, 3, 5, 7, 9])
    guard case .heading(let heading) = document.blocks[2] else {
      Issue.record("expected heading, got \(document.blocks[2])")
      return
    }
    #expect(heading.level == 2)
  }

  @Test func inlinesConvertWithLinksAndEmphasis() {
    let document = MarkdownParser.parse(
      "**Key**: see [docs](a.md#x \"T\") ~~old~~ `c` and https://example.org\n")
    guard case .paragraph(let paragraph) = document.blocks[0] else {
      Issue.record("expected paragraph, got \(document.blocks[0])")
      return
    }
    #expect(paragraph.content.first == .strong([.text("Key")]))
    #expect(
      paragraph.content.contains(.link(Link(destination: "a.md#x", title: "T", content: [.text("docs")]))))
    #expect(paragraph.content.contains(.strikethrough([.text("old")])))
    #expect(
      paragraph.content.contains {
        if case .link(let link) = $0 { link.destination == "https://example.org" } else { false }
      })
  }

  @Test func twoSpaceHardBreakIsALineBreak() {
    let document = MarkdownParser.parse("**Service**: A  \n**Status**: B\n")
    guard case .paragraph(let paragraph) = document.blocks[0] else {
      Issue.record("expected paragraph, got \(document.blocks[0])")
      return
    }
    #expect(paragraph.content.contains(.lineBreak))
  }

  @Test func emptyAndOddInputNeverCrash() {
    #expect(MarkdownParser.parse("").blocks.isEmpty)
    withHangGuard("odd markdown") {
      _ = MarkdownParser.parse("\0\u{1}|||\n|-|\n")
      _ = MarkdownParser.parse(String(repeating: "[", count: 10_000))
      _ = MarkdownParser.parse(String(repeating: "> ", count: 2_000) + "x")
    }
  }
}

@Suite struct DeepNestingTests {
  /// docs/limits.md: nesting has no limit of its own; 1,000 levels parse into 1,000 nested lists.
  @Test func listsNestedAThousandDeepKeepEveryLevel() {
    let text = (0..<1_000).map { String(repeating: "  ", count: $0) + "- level \($0)\n" }.joined()
    var depth = 0
    var blocks = MarkdownParser.parse(text).blocks
    while case .list(let list)? = blocks.first {
      depth += 1
      blocks = list.items.first?.blocks.dropFirst().map { $0 } ?? []
    }
    #expect(depth == 1_000)
  }
}
