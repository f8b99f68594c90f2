import ContentReader
import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import FestivalModel

/// fest's state read as fest reads it (`Tests/Fixtures/fest-era`: a sample festival with events, a
/// workflow and gates; a ritual with runs in three lifecycle folders; a completed festival whose event log
/// has every awkward case; a v1 starter kit).
@Suite struct FestStateTests {
  let model: ContentModel

  init() throws {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/fest-era")
    model = FestivalModelBuilder.build(try ContentReader.read(root: root))
  }

  func festival(_ folder: String) throws -> Festival {
    try #require(model.festivals.first { $0.folderName == folder })
  }

  /// Each task's status by name; of two tasks of one name (gates of two sequences), the first in plan order.
  func statuses(_ festival: Festival) -> [String: KnownStatus] {
    Dictionary(festival.allTasks.map { ($0.name, $0.state.status) }, uniquingKeysWith: { first, _ in first })
  }

  @Test func theLastEventOfEachTaskDecidesInFileOrder() throws {
    let runtime = try festival("runtime-FC0001")
    let status = statuses(runtime)
    // completed, reset, blocked, completed: completed; completed then reset: pending.
    #expect(status["client"] == .completed)
    #expect(status["handoff"] == .pending)
    // An old log's bare file name still names its task.
    #expect(status["stream"] == .completed)
    // No event: the checkboxes decide (all ticked), not the front matter.
    #expect(status["config"] == .completed)
    #expect(runtime.counts.total == 5)
    #expect(runtime.counts.completed == 4)
    #expect(runtime.counts.percentage == 80)
    let client = try #require(runtime.allTasks.first { $0.name == "client" })
    #expect(client.state.source == .events)
    #expect(client.events.map(\.kind) == ["completed", "reset", "blocked", "completed"])
    #expect(client.events.last?.minutes == 42)
    let testing = try #require(runtime.allTasks.first { $0.name == "testing" })
    #expect(testing.isGate)
  }

  @Test func badLinesAreReportedWithTheirLineAndTheRestIsRead() throws {
    let log = "festivals/dungeon/completed/2026-03-06/runtime-FC0001/.fest/progress_events.jsonl"
    let found = model.diagnostics.filter { $0.location?.file.hasSuffix(log) == true }
    #expect(
      found.map { "\($0.location!.line) \($0.rule)" } == [
        "6 fest.event-malformed", "9 fest.event-unknown", "10 fest.event-unknown-task",
      ])
    #expect(found[2].message.contains("SEQUENCE_GOAL.md"))
  }

  @Test func aSequenceSubfolderAndANotesFileAreNoTasks() throws {
    let runtime = try festival("runtime-FC0001")
    let wiring = runtime.phases[0].sequences[1]
    #expect(wiring.tasks.map(\.name) == ["config", "handoff"])
    #expect(wiring.supportingPaths.map { $0.split(separator: "/").last! } == ["NOTES.md"])
    #expect(runtime.phases[0].sequences[0].name == "0g_inference")
  }

  @Test func theFolderDecidesTheStatusAndTheRecordsAreHistory() throws {
    let runtime = try festival("runtime-FC0001")
    #expect(runtime.status?.known == .completed)
    #expect(runtime.statusSource == .lifecycleFolder)
    #expect(runtime.bucketDate == "2026-03-06")
    // Both records, merged by time across zones: 08:00-06:00 is 14:00Z, recorded twice.
    #expect(runtime.history.map(\.to) == ["planning", "active", "active", "dungeon/completed"])
    #expect(runtime.history.map(\.record) == [.festYAML, .festYAML, .statusHistory, .festYAML])
    let notes = model.diagnostics.filter { $0.rule.id == "fest.status-history" }
    #expect(notes.count == 1)
    #expect(notes.first?.severity == .note)
    #expect(notes.first?.message.contains("status_history.json ends at 'active'") == true)
  }

  @Test func ritualRunsShareTheRitualsIDAndKeepTheirRun() throws {
    let runs = model.festivals.filter { $0.festivalID == "RI-MR0001" }
    #expect(runs.count == 4)
    let byFolder = Dictionary(uniqueKeysWithValues: runs.map { ($0.folderName, $0) })
    #expect(byFolder["market-research-RI-MR0001"]?.ritualRun == nil)
    #expect(byFolder["market-research-RI-MR0001"]?.status?.known == .ritual)
    #expect(byFolder["market-research-RI-MR0001-000A"]?.ritualRun == "000A")
    #expect(byFolder["market-research-RI-MR0001-000A"]?.status?.known == .active)
    #expect(byFolder["market-research-RI-MR0001-000A"]?.title == "market-research (RI-MR0001 run 000A)")
    #expect(byFolder["market-research-RI-MR0001-0002"]?.counts.completed == 2)
    #expect(byFolder["market-research-RI-MR0001-0001"]?.lifecycle == "dungeon/archived")
    #expect(byFolder["market-research-RI-MR0001-0001"]?.status?.known == .archived)
    // A run's fest.yaml is the ritual's copy: its `ritual` entry is no disagreement.
    #expect(
      !model.diagnostics.contains {
        $0.rule.id == "fest.status-history" && $0.location?.file.contains("RI-MR") == true
      })
  }

  @Test func theSampleFestivalsWorkflowGateAndNextTask() throws {
    let festival = try festival("carrier-webhooks-CW0002")
    #expect(festival.history.count == 5)
    let ingest = try #require(festival.phases[0].workflow)
    #expect(ingest.isDone)
    #expect(
      ingest.steps.map(\.title) == [
        "Gather the carriers' documentation", "Write the input specs", "Write the output specs",
      ])
    #expect(ingest.steps[2].checkpoint?.hasPrefix("APPROVAL REQUIRED") == true)
    #expect(festival.phases[1].gates?.status == .completed)
    #expect(festival.phases[1].supportingPaths.count == 5)
    let status = statuses(festival)
    #expect(status["signature_check"] == .completed)
    #expect(status["event_mapping"] == .inProgress)
    #expect(status["testing"] == .blocked)
    #expect(status["backfill_job"] == .inProgress)
    let blocked = try #require(festival.allTasks.first { $0.state.status == .blocked })
    #expect(blocked.state.blockedReason == "Needs the carriers' sandbox credentials to replay signed scans")
    #expect(festival.nextTask?.name == "event_mapping")
    #expect(festival.counts.total == 6)
    #expect(festival.counts.completed == 1)
  }

  @Test func aV1StarterKitKeepsItsTasksInItsPhasesAndCountsTheirBoxes() throws {
    let kit = try festival("festival_ebook_methodology")
    #expect(kit.generation == .v1)
    #expect(kit.phases.map(\.name) == ["content_planning", "writing_foundation"])
    #expect(kit.phases[0].tasks.map(\.name) == ["define_target_audience", "outline_chapters"])
    #expect(
      statuses(kit) == [
        "define_target_audience": .completed, "outline_chapters": .inProgress, "write_chapter_one": .pending,
      ])
  }

  @Test func aFestivalGivenAsTheContentFolderKeepsItsLifecycleAndID() throws {
    let root = SharedFolder.projectRoot.appendingPathComponent(
      "Tests/Fixtures/fest-era/festivals/dungeon/completed/2026-03-06/runtime-FC0001")
    let alone = FestivalModelBuilder.build(try ContentReader.read(root: root))
    let festival = try #require(alone.festivals.first)
    #expect(festival.folderName == "runtime-FC0001")
    #expect(festival.generation == .festEra)
    #expect(festival.lifecycle == "dungeon/completed")
    #expect(festival.counts.completed == 4)
    #expect(alone.siteTitle == "runtime")
  }

  @Test func aBrokenStatusHistoryAndFestYAMLAreWarningsAndTheRestIsRead() throws {
    let folder = try TemporaryFolder(files: [
      "festivals/active/x-XY0001/fest.yaml": "metadata: [oops\n",
      "festivals/active/x-XY0001/.fest/status_history.json": "{\"not\": \"a list\"}",
      "festivals/active/x-XY0001/001_PLAN/01_a/01_b.md": "# B\n\n- [x] done\n",
    ])
    defer { folder.remove() }
    let model = FestivalModelBuilder.build(try ContentReader.read(root: folder.url))
    #expect(
      Set(model.diagnostics.map(\.rule.id)).isSuperset(of: [
        "fest.history-malformed", "frontmatter.invalid-yaml",
      ]))
    #expect(model.festivals.first?.counts.completed == 1)
    #expect(model.festivals.first?.status?.known == .active)
  }

  @Test func timesAcrossZonesOrderAsInstants() {
    let a = FestTimestamp.seconds("2026-08-21T05:14:25.529502-06:00")
    let b = FestTimestamp.seconds("2026-08-21T10:32:49.126582Z")
    #expect(a != nil && b != nil)
    #expect(a! > b!)
    #expect(FestTimestamp.seconds("1970-01-01T00:00:00Z") == 0)
    #expect(FestTimestamp.seconds("not a time") == nil)
  }
}
