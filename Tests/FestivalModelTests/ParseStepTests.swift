import ContentReader
import Foundation
import Markdown
import TestSupport
import Testing

@testable import FestivalModel

/// The parse step on several threads (long documents a part per thread, the rest a document per
/// thread) gives what it gives on one.
@Suite struct ParseStepTests {
  private func same(_ one: ParsedDocuments, _ other: ParsedDocuments) -> Bool {
    one.documents.count == other.documents.count
      && one.documents.allSatisfy { path, parsed in
        other.documents[path].map { $0.0 == parsed.0 && $0.1 == parsed.1 } ?? false
      }
  }

  @Test func theSamplesParseAsOnOneThread() throws {
    let inventory = try ContentReader.read(root: SharedFolder.projectRoot.appendingPathComponent("Content"))
    let alone = FestivalModelBuilder.parse(inventory, jobs: 1)
    #expect(alone.documents.count > 20)
    #expect(same(FestivalModelBuilder.parse(inventory, jobs: 3), alone))
  }

  @Test func aLongContractAndItsTasksParseAsOnOneThread() {
    var contract = "# Common Interfaces\n\n**Status**: DRAFT\n\n## Components\n\n"
    for index in 0..<6_000 {
      contract += "### Service \(index)\n\n| Operation | Input | Output |\n|---|---|---|\n"
      contract += "| op\(index) | ~~Old~~ | www.example.com/\(index) |\n\n"
    }
    #expect(MarkdownParser.isParsedInParts(byteCount: contract.utf8.count))
    var files = ["festival/COMMON_INTERFACES.md": Data(contract.utf8)]
    for task in 0..<40 {
      files["festival/001_PLAN/01_seq/\(String(format: "%02d", task + 1))_task.md"] = Data(
        "# Task \(task)\n\n- [x] done ~~x~~\n- [ ] open www.example.org\n".utf8)
    }
    let inventory = ContentReader.read(files: files)
    let alone = FestivalModelBuilder.parse(inventory, jobs: 1)
    #expect(alone.documents.count == 41)
    #expect(same(FestivalModelBuilder.parse(inventory, jobs: 2), alone))
  }
}
