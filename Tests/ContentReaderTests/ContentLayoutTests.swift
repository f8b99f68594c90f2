import ContentReader
import Testing

@Suite struct ContentLayoutTests {
  private func files(_ paths: [String]) -> [ContentFile] {
    paths.map { ContentFile(path: $0, text: "# x\n") }
  }

  @Test func v1FestivalRootWithPhasesSequencesAndTasksInNumberOrder() throws {
    let (festivals, loose) = ContentLayout.organize(
      files([
        "festival_shop/FESTIVAL_OVERVIEW.md", "festival_shop/COMMON_INTERFACES.md",
        "festival_shop/002_DEFINE_INTERFACES/01_api/02_events.md",
        "festival_shop/002_DEFINE_INTERFACES/01_api/01_rest.md",
        "festival_shop/002_DEFINE_INTERFACES/01_api/01_grpc.md",
        "festival_shop/001_PLAN/01_scope/01_write.md", "festival_shop/001_PLAN/PHASE_GOAL.md",
        "festival_shop/001_PLAN/01_scope/SEQUENCE_GOAL.md", "README.md",
      ]))
    #expect(loose.map(\.path) == ["README.md"])
    let festival = try #require(festivals.first)
    #expect(festival.generation == .v1)
    #expect(festival.folderName == "festival_shop")
    #expect(festival.phases.map(\.name) == ["PLAN", "DEFINE_INTERFACES"])
    #expect(festival.phases[0].documentPaths == ["festival_shop/001_PLAN/PHASE_GOAL.md"])
    #expect(
      festival.phases[0].sequences[0].documentPaths == ["festival_shop/001_PLAN/01_scope/SEQUENCE_GOAL.md"])
    let tasks = festival.phases[1].sequences[0].tasks
    #expect(tasks.map(\.number) == [1, 1, 2])
    #expect(tasks.map(\.name) == ["grpc", "rest", "events"])
  }

  @Test func oldStylePhaseNamesAndUnnumberedTasks() throws {
    let (festivals, _) = ContentLayout.organize(
      files([
        "f/FESTIVAL_OVERVIEW.md", "f/2_Define_Interfaces/1_api/write_spec.md",
        "f/2_Define_Interfaces/1_api/NOTES.md",
      ]))
    let phase = try #require(festivals.first?.phases.first)
    #expect(phase.number == 2)
    #expect(phase.name == "Define_Interfaces")
    #expect(phase.sequences[0].tasks.map(\.name) == ["write_spec"])
    #expect(phase.sequences[0].tasks[0].number == nil)
    #expect(phase.sequences[0].documentPaths == ["f/2_Define_Interfaces/1_api/NOTES.md"])
  }

  @Test func festEraTreesWithLifecycleBucketsDatesAndIDs() {
    let (festivals, _) = ContentLayout.organize(
      files([
        "festivals/active/user-auth-HF0001/FESTIVAL_GOAL.md",
        "festivals/dungeon/completed/2026-03-15/billing-BL0002/FESTIVAL_OVERVIEW.md",
        "festivals/planning/CX0003/FESTIVAL_OVERVIEW.md",
        "festivals/ritual/weekly-RT0004/fest.yaml",
      ]))
    #expect(festivals.map(\.folderName) == ["user-auth-HF0001", "billing-BL0002", "CX0003", "weekly-RT0004"])
    #expect(festivals.map(\.lifecycle) == ["active", "dungeon/completed", "planning", "ritual"])
    #expect(festivals.map(\.festivalID) == ["HF0001", "BL0002", "CX0003", "RT0004"])
    #expect(festivals[1].bucketDate == "2026-03-15")
    #expect(festivals.allSatisfy { $0.generation == .festEra })
  }

  @Test func aFestivalsOwnDocsFolderDoesNotStartAnotherFestival() {
    let (festivals, _) = ContentLayout.organize(
      files(["f/FESTIVAL_OVERVIEW.md", "f/docs/COMMON_INTERFACES.md", "f/docs/notes.md"]))
    #expect(festivals.count == 1)
    #expect(festivals[0].documents.count == 3)
  }

  @Test func contentRootCanBeTheFestival() throws {
    let (festivals, loose) = ContentLayout.organize(files(["COMMON_INTERFACES.md", "001_PLAN/01_a/01_b.md"]))
    #expect(loose.isEmpty)
    let festival = try #require(festivals.first)
    #expect(festival.path == "")
    #expect(festival.rootDocument(named: "common_interfaces.md")?.path == "COMMON_INTERFACES.md")
    #expect(festival.phases[0].sequences[0].tasks[0].path == "001_PLAN/01_a/01_b.md")
  }
}
