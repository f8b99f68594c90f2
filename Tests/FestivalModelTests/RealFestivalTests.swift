import ContentReader
import Foundation
import TestSupport
import Testing

@testable import FestivalModel

/// The real workspaces of `../shared/real-festivals` read as fest reads them: every festival's task
/// counts as FEST_ERA.md's table gives them (events first, checkboxes otherwise).
@Suite(.enabled(if: SharedFolder.url != nil, "../shared is absent: the real festivals are not here"))
struct RealFestivalTests {
  func model(_ workspace: String) throws -> ContentModel {
    let root = try #require(SharedFolder.url).appendingPathComponent("real-festivals/\(workspace)/festivals")
    return FestivalModelBuilder.build(try ContentReader.read(root: root))
  }

  /// folder -> (tasks, completed, in progress, status)
  func counts(_ model: ContentModel) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: model.festivals.map { festival in
        let counts = festival.counts
        return (
          festival.folderName,
          "\(counts.total) \(counts.completed) \(counts.inProgress) \(festival.status?.written ?? "-")"
        )
      })
  }

  @Test func cansAsFestCountsIt() throws {
    let model = try model("veronica-agent-cans")
    // No event log: checkboxes decide, whatever front matter says; the festivals sit outside lifecycle
    // folders, so fest.yaml's last recorded move is the status.
    #expect(counts(model) == ["CA0001": "30 0 0 completed", "CV0001": "34 32 1 completed"])
    #expect(model.festivals.allSatisfy { $0.statusSource == .festYAML })
  }

  @Test func preAtlasAsFestCountsIt() throws {
    let model = try model("lionestenzol-pre-atlas")
    #expect(
      counts(model) == [
        "inpact-minimal-mode-IM0001": "6 6 0 planning", "fl356-sampler-fs0001-FS0001": "0 0 0 planning",
        "festival-reports-FR0001": "0 0 0 planning",
      ])
    // The methodology's own copy is no festival.
    #expect(!model.festivals.contains { $0.path.contains(".festival") })
  }

  @Test func nothingIsReportedThatTheAuthorsWouldNotAgreeWith() throws {
    let cans = try model("veronica-agent-cans")
    // Placeholders quoted as code in the workflows are examples, not blanks.
    #expect(!cans.diagnostics.contains { $0.rule.id == "placeholders.left" })
    let preAtlas = try model("lionestenzol-pre-atlas")
    #expect(!preAtlas.diagnostics.contains { $0.rule.id.hasPrefix("fest.") })
  }
}
