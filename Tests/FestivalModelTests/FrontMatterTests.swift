import ContentReader
import Diagnostics
import Testing

@testable import FestivalModel

@Suite struct FrontMatterTests {
  private func read(_ text: String) -> (Document, [Diagnostic]) {
    DocumentReader.read(ContentFile(path: "doc.md", text: text), kind: .document)
  }

  @Test func noFrontMatterLeavesTheBodyAlone() {
    let (document, diagnostics) = read("# Title\n\nText\n")
    #expect(document.frontMatter.blockCount == 0)
    #expect(document.title == "Title")
    #expect(diagnostics.isEmpty)
  }

  @Test func obsidianStyleWithANullAliasItem() {
    let (document, diagnostics) = read(
      "---\nid: X\naliases:\n  -\n  - Other\ntags: []\ncreated: '2025-09-03'\n---\n# T\n")
    #expect(diagnostics.isEmpty)
    #expect(document.frontMatter["aliases"] == YAMLValue.list([.null, .string("Other")]))
    #expect(document.frontMatter["tags"] == YAMLValue.list([]))
    #expect(document.frontMatter.text("created") == "2025-09-03")
  }

  @Test func twoBlocksInARowMergeAndKeepLineNumbers() {
    let text =
      "---\nfest_type: task\nfest_status: pending\n---\n---\nfest_status: completed\nextra: 1\n---\n\n# Task\n"
    let (document, _) = read(text)
    #expect(document.frontMatter.blockCount == 2)
    #expect(document.status?.known == .completed)
    #expect(document.frontMatter["extra"] == YAMLValue.integer(1))
    guard case .heading(let heading) = document.body.blocks.first else {
      Issue.record("expected the heading")
      return
    }
    #expect(heading.range.start.line == 10)
  }

  @Test func rfc3339WithNanosecondsStaysAsWritten() {
    let (document, _) = read("---\nfest_created: 2026-01-05T10:11:12.123456789Z\n---\n")
    #expect(document.frontMatter.text("fest_created") == "2026-01-05T10:11:12.123456789Z")
  }

  @Test func unknownStatusIsKeptAndReported() {
    let (document, diagnostics) = read("---\nfest_status: parked\n---\n# T\n")
    #expect(document.status?.written == "parked")
    #expect(document.status?.known == nil)
    #expect(diagnostics.map(\.rule.id) == ["frontmatter.unknown-status"])
    #expect(diagnostics.first?.location?.line == 2)
  }

  @Test func spellingsOfKnownStatusesAreUnderstood() {
    #expect(WorkStatus(written: "complete").known == .completed)
    #expect(WorkStatus(written: "In Progress").known == .inProgress)
    #expect(WorkStatus(written: "dungeon/completed").known == .completed)
    #expect(WorkStatus(written: "planning").known == .planning)
  }

  @Test func brokenYAMLIsADiagnosticAndTheBodyStillRenders() {
    let (document, diagnostics) = read("---\ntitle: ok\nbad: [unclosed\n---\n# Still here\n")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.rule.id == "frontmatter.invalid-yaml")
    #expect((diagnostics.first?.location?.line ?? 0) >= 3)
    #expect(document.title == "Still here")
  }

  @Test func anUnclosedBlockIsNotFrontMatter() {
    let (document, _) = read("---\nnot closed\n# Heading\n")
    #expect(document.frontMatter.blockCount == 0)
  }
}
