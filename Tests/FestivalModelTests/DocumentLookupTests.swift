import Markdown
import Testing

@testable import FestivalModel

@Suite struct DocumentLookupTests {
  func festival(_ paths: [String]) -> Festival {
    let documents = paths.map { path in
      Document(
        path: path, kind: .document, title: "Title of " + path, frontMatter: FrontMatter(), status: nil,
        progress: Progress(checked: 0, total: 0, basis: .wholeFile), body: MarkdownDocument(blocks: []))
    }
    return Festival(
      folderName: "f", path: "f", name: "F", festivalID: nil, generation: .festEra, lifecycle: nil,
      bucketDate: nil, status: nil, goal: nil, config: nil, documents: documents, phases: [],
      interfaces: nil)
  }

  @Test func findsEveryDocumentWhateverTheirOrder() {
    let paths = [
      "f/001_PLAN/01_a/01_task.md", "f/001_PLAN/PHASE_GOAL.md", "f/FESTIVAL_GOAL.md", "f/TODO.md",
      "f/Zebra.md", "f/a.md", "f/é.md", "f/002_BUILD/01_b/02_task.md",
    ]
    for order in [paths.sorted(), paths, paths.reversed()] {
      let festival = festival(order)
      for path in paths { #expect(festival.document(at: path)?.title == "Title of " + path) }
      #expect(festival.document(at: "f/missing.md") == nil)
      #expect(festival.document(at: "") == nil)
    }
    #expect(festival([]).document(at: "f/a.md") == nil)
  }
}
