import Foundation
import TestSupport
import Testing

@testable import PageRenderer

/// Pages of fest-era festivals (`Tests/Fixtures/fest-era`): what fest would tell a reader, on the home,
/// the task and the dashboard; namesakes told apart; every page reachable.
@Suite struct FestEraPageTests {
  static let site = try! SampleSite(root: "Tests/Fixtures/fest-era")
  let site = FestEraPageTests.site
  static let festival = "carrier-webhooks-cw0002"

  @Test func goldenHomeTaskAndDashboard() {
    assertGolden(site.page("\(Self.festival)/index.html"), named: "fest-era-home.html")
    assertGolden(
      site.page("\(Self.festival)/docs/003-implement/01-webhook-receiver/02-event-mapping.html"),
      named: "fest-era-task.html")
    assertGolden(site.page("\(Self.festival)/review.html"), named: "fest-era-review.html")
  }

  @Test func theHomeSaysWhatFestWouldSay() {
    let home = site.main("\(Self.festival)/index.html")
    #expect(home.contains("<h1>carrier-webhooks (CW0002)</h1>"))
    #expect(home.contains("from its folder, active/"))
    #expect(home.contains("aria-label=\"1 of 6 done\""))
    #expect(home.contains("16% · 2 in progress · 1 blocked"))
    #expect(
      home.contains(
        "<dt>Next task</dt><dd><a href=\"docs/003-implement/01-webhook-receiver/02-event-mapping.html\">02 Event mapping</a>"
      ))
    #expect(
      home.contains("Needs the carriers&#39; sandbox credentials")
        || home.contains("Needs the carriers' sandbox credentials"))
    #expect(home.contains("2 of 2 steps"))
    #expect(
      home.contains(
        "<dt>Quality gates</dt><dd><span>0 of 3 passed · next: <a href=\"docs/003-implement/01-webhook-receiver/03-testing.html\">"
      ))
    #expect(home.contains("<h2 id=\"history\">"))
    // The sequence takes its goal's title; a gate task says so; its checklist stands beside its status.
    #expect(home.contains(">01 Webhook receiver</a>"))
    #expect(home.contains("badge-gate"))
    #expect(home.contains("☑ 1/2"))
  }

  @Test func aTaskWithEventsListsThemAndSaysTheyDecide() {
    let task = site.main("\(Self.festival)/docs/003-implement/01-webhook-receiver/02-event-mapping.html")
    #expect(
      task.contains("from fest&#39;s progress events (2026-11-13)")
        || task.contains("from fest's progress events (2026-11-13)"))
    #expect(task.contains("<h2 id=\"progress-events\">"))
    #expect(task.contains("<td>reset</td>"))
    // Its front matter says completed; fest reads the events.
    #expect(task.contains("not what fest counts"))
  }

  @Test func ritualRunsShareOneCardWithEachRunToldApart() {
    let index = site.main("index.html")
    #expect(index.components(separatedBy: "<li class=\"card-group\">").count == 2)
    #expect(index.contains("4 festivals: the ritual and its runs"))
    for run in ["Run 0001", "Run 0002", "Run 000A"] { #expect(index.contains(">\(run)</a>")) }
    #expect(index.contains("dungeon/completed · 2026-03-22"))
    #expect(site.page("index.html").contains("<a class=\"site-title\" href=\"index.html\">fest-era</a>"))
  }

  @Test func supportingDocumentsAreInThePlanAndTheSidebar() throws {
    let nav = try #require(site.files["\(Self.festival)/nav.js"])
    for title in [
      "\"decisions/\"", "\"input_specs/\"", "\"results/\"", "\"Decisions\"", "\"Ingest Workflow\"",
    ] {
      #expect(nav.contains(title), "\(title)")
    }
    #expect(site.files["\(Self.festival)/docs/002-plan/decisions/index.html"] != nil)
  }

  @Test(arguments: ["Tests/Fixtures/fest-era", "Tests/Fixtures/sample", "Tests/Fixtures/site", "Content"])
  func everyPageIsReachedFromTheIndex(_ root: String) throws {
    let site = root == "Tests/Fixtures/fest-era" ? self.site : try SampleSite(root: root)
    #expect(SiteReach.unreachable(site.files) == [])
  }

  @Test(
    .enabled(if: SharedFolder.url != nil, "../shared is absent"),
    arguments: ["veronica-agent-cans", "lionestenzol-pre-atlas"])
  func everyPageOfARealWorkspaceIsReached(_ workspace: String) throws {
    let root = "../shared/real-festivals/\(workspace)/festivals"
    let site = try SampleSite(root: root)
    #expect(site.files.count > 40)
    #expect(SiteReach.unreachable(site.files) == [])
  }
}
