import BenchSupport
import Diagnostics
import Diagrams
import Foundation
import SiteBuild
import TestSupport
import Testing

@testable import PageRenderer

/// Work that runs beside the steps after it: the check step's rules beside plan and resolve, the
/// component neighbourhoods laid out ahead of the render, and the render's festival tables beside the
/// resolve step. None may change a byte or a finding.
@Suite struct StepsBesideTests {
  /// A generated festival of 80 components, with a task whose placeholder and broken link the check and
  /// resolve steps report, so findings from both sides meet in one list.
  static func festival() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try FestivalGenerator(components: 80, seed: 11).write(to: folder.url)
    let festival = try #require(
      try FileManager.default.contentsOfDirectory(atPath: folder.url.path).first { !$0.hasPrefix(".") })
    try folder.write(
      "# Loose ends\n\n[TODO: name the owner]\n\nSee [the missing page](nowhere.md).\n",
      to: festival + "/LOOSE_ENDS.md")
    return folder
  }

  @Test func checkingBesideThePlanFindsWhatCheckingInTurnFinds() throws {
    let folder = try Self.festival()
    defer { folder.remove() }
    var found: [[Diagnostic]] = []
    for jobs in [1, 2] {
      var context = BuildContext(settings: BuildSettings(content: folder.url, jobs: jobs, version: "t"))
      try SiteBuild.run(SiteBuild.checking, &context)
      #expect(context.timings.durations["check"] != nil)
      found.append(context.findings)
    }
    #expect(found[0] == found[1])
    #expect(Set(found[0].map(\.rule.rawValue)).isSuperset(of: ["placeholders.left", "links.broken"]))
  }

  /// A step that fails after the check step still leaves the check's findings in the context.
  @Test func aFailedStepLeavesTheChecksFindings() throws {
    let folder = try Self.festival()
    defer { folder.remove() }
    var context = BuildContext(settings: BuildSettings(content: folder.url, jobs: 2, version: "t"))
    let failing = BuildStep("fails") { _ in throw BuildFailure("stopped on purpose") }
    #expect(throws: BuildFailure.self) {
      try SiteBuild.run(
        [SiteBuild.read, SiteBuild.parse, SiteBuild.model, SiteBuild.check, failing], &context)
    }
    #expect(context.findings.contains { $0.rule.rawValue == "placeholders.left" })
    // The report names every stage in one column, the longest name included.
    let lines = context.timings.report.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("  drawAhead ") })
    #expect(Set(lines.map { $0.firstRange(of: " ms")?.lowerBound.utf16Offset(in: $0) }).count == 1)
  }

  /// How many drawings the helper makes before the render stops it depends on the machine; that they
  /// are taken, and only for their own charts, is `eachDrawingIsTakenOnceAndOnlyForItsOwnChart`'s.
  @Test func aSiteDrawnAheadIsTheSiteDrawnInTurn() throws {
    let folder = try Self.festival()
    defer { folder.remove() }
    let inTurn = try BuildContext.site(at: folder.url, jobs: 1)
    let ahead = try BuildContext.site(at: folder.url, jobs: 2)
    #expect(ahead.drawingsAhead == nil)
    #expect(inTurn.pages.count > 80)
    #expect(inTurn.pages == ahead.pages)
    #expect(inTurn.diagnostics == ahead.diagnostics)
  }

  /// The helper's drawing of a neighbourhood is the one the render would make; a chart that is not the
  /// one it drew is left to the render, as is each neighbourhood the helper had not reached when stopped.
  @Test func eachDrawingIsTakenOnceAndOnlyForItsOwnChart() throws {
    let folder = try Self.festival()
    defer { folder.remove() }
    var context = BuildContext(settings: BuildSettings(content: folder.url, jobs: 2, version: "t"))
    try SiteBuild.run([SiteBuild.read, SiteBuild.parse, SiteBuild.model], &context)
    let model = try #require(context.model)
    let contract = try #require(model.festivals.first?.interfaces)
    let index = FestivalIndex(contract)
    let ahead = DrawingsAhead(model)
    ahead.waitForHelper()
    let chart = GeneratedGraphs.neighbourhood(contract, index: index, of: contract.components[3].name)
    let other = GeneratedGraphs.neighbourhood(contract, index: index, of: contract.components[4].name)
    #expect(ahead.take(festival: 0, component: 4, chart: chart) == nil)
    let drawn = try #require(ahead.take(festival: 0, component: 3, chart: chart))
    #expect(svg(drawn, chart) == svg(FlowchartLayout.layout(chart), chart))
    #expect(ahead.take(festival: 0, component: 3, chart: chart) == nil)
    #expect(ahead.take(festival: 0, component: 4, chart: other) == nil)
    #expect(ahead.take(festival: 5, component: 0, chart: chart) == nil)

    // Stopped at once, it has laid out a first few at most, in order, and leaves the rest.
    let stopped = DrawingsAhead(model)
    stopped.stop()
    stopped.waitForHelper()
    let taken = contract.components.indices.map { number in
      let chart = GeneratedGraphs.neighbourhood(contract, index: index, of: contract.components[number].name)
      return stopped.take(festival: 0, component: number, chart: chart) != nil
    }
    let firstLeft = taken.firstIndex(of: false) ?? taken.count
    #expect(!taken[firstLeft...].contains(true))
  }

  /// The festival tables made beside the resolve step are the ones the render makes itself: the same
  /// catalogs and contract fingerprints, so a build that keeps a record writes the same record, and an
  /// incremental build after a task edit renders the same pages.
  @Test func tablesMadeBesideTheResolveStepAreTheTablesTheRenderMakes() throws {
    let folder = try Self.festival()
    defer { folder.remove() }
    var context = BuildContext(settings: BuildSettings(content: folder.url, jobs: 2, version: "t"))
    try SiteBuild.run([SiteBuild.read, SiteBuild.parse, SiteBuild.model, SiteBuild.plan], &context)
    let (model, plan) = (try #require(context.model), try #require(context.plan))
    let ahead = FestivalTablesAhead(model: model, plan: plan, fingerprints: true, jobs: 2).tables
    let states = SiteRenderer.festivalStates(model: model, plan: plan, cache: nil)
    let prints = SiteRenderer.contractFingerprints(model: model, plan: plan, states: states, cache: nil)
    #expect(ahead.states.map(\.catalog) == states.map(\.catalog))
    #expect(ahead.fingerprints?.map { $0?.frame } == prints.map { $0?.frame })
    #expect(ahead.fingerprints?.map { $0?.elements } == prints.map { $0?.elements })
    #expect(
      FestivalTablesAhead(model: model, plan: plan, fingerprints: false, jobs: 2).tables.fingerprints == nil)

    func build(jobs: Int, previous: RenderRecord?) throws -> BuildContext {
      var context = BuildContext(
        settings: BuildSettings(content: folder.url, jobs: jobs, version: "t"), previous: previous)
      try SiteBuild.run(SiteBuild.site, &context)
      #expect(context.tablesAhead == nil)
      return context
    }
    let first = try (1...2).map { try build(jobs: $0, previous: nil) }
    #expect(first[0].pages == first[1].pages)
    let records = try first.map { try #require($0.rendered?.record) }
    #expect(records[0].pages.count > 80)
    #expect(records[0].encoded() == records[1].encoded())
    let festival = try #require(
      try FileManager.default.contentsOfDirectory(atPath: folder.url.path).first { !$0.hasPrefix(".") })
    let task = try #require(
      FileManager.default.enumerator(atPath: folder.url.appendingPathComponent(festival).path)?
        .compactMap { $0 as? String }.sorted().first { $0.hasSuffix("_task_1.md") })
    let taskURL = folder.url.appendingPathComponent(festival).appendingPathComponent(task)
    try (String(contentsOf: taskURL, encoding: .utf8) + "\nEdited once.\n").write(
      to: taskURL, atomically: true, encoding: .utf8)
    let second = try (1...2).map { try build(jobs: $0, previous: records[$0 - 1]) }
    #expect(second[0].pages == second[1].pages)
    let rendered = second.map { $0.rendered?.renderedPages }
    #expect(rendered[0] == rendered[1])
    #expect((rendered[0] ?? 0) > 0 && (rendered[0] ?? 0) < first[0].pages.count / 4)
  }

  func svg(_ drawing: FlowchartDrawing, _ chart: Flowchart) -> String {
    FlowchartSVG.render(drawing, chart: chart, options: .init(idPrefix: "t", nodeLinks: [:]))
  }
}
