import Markdown
import Testing

@testable import FestivalModel

@Suite struct ProgressTests {
  private func progress(_ markdown: String) -> Progress {
    ProgressCounter.count(MarkdownParser.parse(markdown))
  }

  @Test func boxesUnderDoneSectionsCountAndOthersDoNot() {
    let result = progress(
      "# T\n\n- [x] outside\n\n## Definition of Done\n\n- [x] a\n- [ ] b\n\n## Notes\n\n- [ ] c\n")
    #expect(result == Progress(checked: 1, total: 2, basis: .sections))
    #expect(result.status == .inProgress)
  }

  @Test func withoutSuchSectionsEveryBoxCounts() {
    let result = progress("# T\n\n- [x] a\n  - [x] nested\n- [ ] b\n")
    #expect(result == Progress(checked: 2, total: 3, basis: .wholeFile))
  }

  @Test func emojiBoxesCountAsFestCountsThem() {
    let result = progress("## Deliverables\n\n- [✅] shipped\n- [🚧] building\n- [❌] dropped\n")
    #expect(result == Progress(checked: 1, total: 3, basis: .sections))
  }

  @Test func statusFollowsTheBoxes() {
    #expect(progress("## Requirements\n\n- [x] a\n").status == .completed)
    #expect(progress("## Requirements\n\n- [ ] a\n").status == .pending)
    #expect(progress("no boxes").status == .pending)
  }
}
