import ContractDiff
import DiffReport
import Foundation
import TestSupport
import Testing

@Suite struct DiffReportTests {
  @Test func theFixtureReportsWhatItExpects() throws {
    let (diff, patch) = try ReportFixture.diff()
    #expect(Set(diff.changes.map(\.rule.id)) == Set(patch.expected))
  }

  @Test func markdownGolden() throws {
    let (diff, _) = try ReportFixture.diff()
    assertGolden(DiffMarkdown.render(diff, sides: ReportFixture.sides), named: "review.md")
  }

  @Test func jsonGolden() throws {
    let (diff, _) = try ReportFixture.diff()
    let json = DiffJSON.render(diff, sides: ReportFixture.sides)
    assertGolden(json, named: "review.json")
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(parsed["schemaVersion"] as? Int == 1)
    let summary = try #require(parsed["summary"] as? [String: Any])
    #expect(summary["breaking"] as? Int == 3)
    #expect(summary["worst"] as? String == "breaking")
  }

  @Test func htmlGolden() throws {
    let (diff, _) = try ReportFixture.diff()
    assertGolden(DiffHTML.render(diff, sides: ReportFixture.sides), named: "review.html")
  }

  @Test func festivalTextIsEscapedInEveryFormat() throws {
    let (diff, _) = try ReportFixture.diff()
    let html = DiffHTML.render(diff, sides: ReportFixture.sides)
    #expect(!html.contains("<script"))
    #expect(html.contains("note&lt;script&gt;alert(1)&lt;/script&gt;"))
    for attribute in ["src=\"http", "href=\"http", "url(http", "@import"] {
      #expect(!html.contains(attribute), "the page loads nothing from outside")
    }
    let markdown = DiffMarkdown.render(diff, sides: ReportFixture.sides)
    #expect(!markdown.contains("<script"))
    #expect(markdown.contains("note&lt;script&gt;alert(1)&lt;/script&gt;"))
    // The type cell's escaped pipe is a pipe in the model, and escaped again for the table.
    #expect(markdown.contains("`String \\| null`"))
    for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
      // Every table row keeps its four columns: a pipe in festival text never opens a fifth.
      let unescapedPipes =
        line.split(separator: "|", omittingEmptySubsequences: false).count - 1
        - line.components(separatedBy: "\\|").count + 1
      #expect(unescapedPipes == 5, "\(line)")
    }
  }

  @Test func anEmptyDiffSaysSo() {
    let empty = ContentDiff(festivals: [])
    #expect(DiffMarkdown.render(empty, sides: ReportFixture.sides).contains("no contract changes"))
    #expect(DiffHTML.render(empty, sides: ReportFixture.sides).contains("the same contracts"))
    #expect(DiffJSON.render(empty, sides: ReportFixture.sides).contains("\"worst\" : null"))
  }

  @Test func reportsAreDeterministic() throws {
    let first = try ReportFixture.diff().0
    let second = try ReportFixture.diff().0
    #expect(
      DiffHTML.render(first, sides: ReportFixture.sides)
        == DiffHTML.render(second, sides: ReportFixture.sides))
    #expect(
      DiffJSON.render(first, sides: ReportFixture.sides)
        == DiffJSON.render(second, sides: ReportFixture.sides))
  }
}
