import ContentReader
import FestivalChecks
import FestivalModel
import Foundation
import SiteBuild
import SitePlan
import TestSupport
import Testing

@testable import PageRenderer

/// The caches a preview keeps between builds (model, checks, plan, render) never change what a build
/// gives: after each edit a cached build and one without caches, from the same previous record, render
/// the same files, keep the same ones, and write the same record.
@Suite struct BuildCachesTests {
  static let festival = "festivals/active/parcel-tracking-PT0001/"
  static let task = festival + "003_IMPLEMENT/01_core_services/01_shipment_service.md"

  func build(_ root: URL, caches: BuildCaches?, previous: RenderRecord?) throws -> BuildContext {
    var context = BuildContext(
      settings: BuildSettings(content: root, jobs: 2, version: "test"), caches: caches, previous: previous)
    try SiteBuild.run(SiteBuild.site, &context)
    return context
  }

  /// Builds with and without the caches; expects the same result and returns the cached one.
  func compare(_ root: URL, _ caches: BuildCaches, previous: RenderRecord?, _ step: String) throws
    -> SiteRenderer.Result
  {
    let cachedBuild = try build(root, caches: caches, previous: previous)
    let plainBuild = try build(root, caches: nil, previous: previous)
    let cached = try #require(cachedBuild.rendered)
    let plain = try #require(plainBuild.rendered)
    #expect(cached.files == plain.files, "\(step): files")
    #expect(cached.reused == plain.reused, "\(step): kept files")
    #expect(cached.renderedPages == plain.renderedPages, "\(step): pages rendered")
    #expect(cached.record.encoded() == plain.record.encoded(), "\(step): record")
    #expect(cachedBuild.diagnostics == plainBuild.diagnostics, "\(step): diagnostics")
    return cached
  }

  func append(_ text: String, to path: String, in folder: TemporaryFolder) throws {
    let file = folder.path("content/" + path)
    try (try String(contentsOfFile: file, encoding: .utf8) + text).write(
      toFile: file, atomically: true, encoding: .utf8)
  }

  @Test func cachedBuildsEqualUncachedOnesThroughEdits() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let root = try folder.copyFixture("sample")
    let caches = BuildCaches()

    var record = try compare(root, caches, previous: nil, "first build").record
    #expect(caches.plan.hits == 0 && caches.render.festivalHits == 0)
    record = try compare(root, caches, previous: record, "nothing changed").record
    // Two contracts hit each time: the festival's and the workspace's (the loose contract document).
    #expect(caches.plan.hits == 2)
    #expect(caches.checks.hits == 2)
    #expect(caches.render.festivalHits == 2)
    #expect(caches.render.referenceHits == 1)

    // Text naming nothing: the contract's state and every look-up are as they were.
    try append("\nOne more paragraph, naming nothing.\n", to: Self.task, in: folder)
    record = try compare(root, caches, previous: record, "task text").record
    #expect(caches.plan.hits == 4 && caches.render.festivalHits == 4)
    #expect(caches.render.referenceHits == 2)
    // The search index moved the task's words; the sidebar, the same items, was kept.
    #expect(caches.render.searchIndexUpdates == 2)
    #expect(caches.render.navigationHits == 4)

    // Naming a resource changes the task's look-up, so the references are tallied again.
    try append("\nThe Label resource is printed here.\n", to: Self.task, in: folder)
    record = try compare(root, caches, previous: record, "task naming a resource").record
    #expect(caches.render.referenceHits == 2)

    // Prose in the contract leaves the contract's values, and so its plan and findings, as they were.
    let contract = Self.festival + "COMMON_INTERFACES.md"
    try append("\nA closing remark on the contract.\n", to: contract, in: folder)
    record = try compare(root, caches, previous: record, "contract prose").record
    #expect(caches.plan.hits == 8 && caches.checks.hits == 8)
    // A changed component plans, checks and catalogs the contract again.
    let file = folder.path("content/" + contract)
    let diagramsRead = caches.checks.diagramsRead
    #expect(diagramsRead > 0)
    try (try String(contentsOfFile: file, encoding: .utf8))
      .replacingOccurrences(
        of: "| Kotlin, Swift | API Gateway |", with: "| Kotlin | API Gateway, Billing Service |"
      )
      .write(toFile: file, atomically: true, encoding: .utf8)
    record = try compare(root, caches, previous: record, "contract").record
    // The plan is made of names and rows' places, which the edit left alone; the checks read it all.
    #expect(caches.plan.hits == 10 && caches.checks.hits == 9)
    // Its diagrams were checked again from the names read the first time.
    #expect(caches.checks.diagramsRead == diagramsRead)
    // Neither edit changed a name, kind or definition: both kept the matcher, search rows and
    // cross-reference tables (the sidebar section, made from the document too, was made again).
    #expect(caches.render.festivalHits == 10)
    // A renamed component changes the catalog: only the workspace's is kept.
    try (try String(contentsOfFile: file, encoding: .utf8))
      .replacingOccurrences(of: "| Billing Service |", with: "| Invoice Service |")
      .write(toFile: file, atomically: true, encoding: .utf8)
    record = try compare(root, caches, previous: record, "renamed component").record
    #expect(caches.render.festivalHits == 11)

    // A task removed: the plan's pages move, and the cached page states follow their paths.
    try FileManager.default.removeItem(
      atPath: folder.path(
        "content/" + Self.festival + "003_IMPLEMENT/01_core_services/02_tracking_service.md"))
    record = try compare(root, caches, previous: record, "task removed").record
    // Text naming nothing leaves what every home shows of its plan as it was, so each is kept.
    let homes = 2
    var kept = caches.render.planViewHits
    try append("\nAnother paragraph, naming nothing.\n", to: Self.task, in: folder)
    record = try compare(root, caches, previous: record, "task text again").record
    #expect(caches.render.planViewHits == kept + homes)
    // A ticked box changes the festival's plan view; the other home's is kept.
    let taskFile = folder.path("content/" + Self.task)
    func replace(_ old: String, _ new: String) throws {
      try (try String(contentsOfFile: taskFile, encoding: .utf8)).replacingOccurrences(of: old, with: new)
        .write(toFile: taskFile, atomically: true, encoding: .utf8)
      record = try compare(root, caches, previous: record, "task edit: \(new)").record
    }
    kept = caches.render.planViewHits
    try replace("- [ ] Contract tests pass", "- [x] Contract tests pass")
    #expect(caches.render.planViewHits == kept + homes - 1)
    // A new title is on every page (the site's part), so no plan view is kept.
    kept = caches.render.planViewHits
    try replace("# Task: Shipment Service", "# Task: Shipment Service, First Cut")
    #expect(caches.render.planViewHits == kept)

    // A link in the task to a heading another document does not have yet: broken. Then that document
    // gains the heading, and the unchanged task's link must resolve, not keep its earlier finding.
    try append("\nSee [later notes](../../FESTIVAL_OVERVIEW.md#later-notes).\n", to: Self.task, in: folder)
    let broken = try build(root, caches: caches, previous: record)
    #expect(broken.diagnostics.contains { $0.rule == .linksBroken && $0.message.contains("later-notes") })
    record = try compare(root, caches, previous: record, "link to a missing heading").record
    try append("\n## Later notes\n\nNothing yet.\n", to: Self.festival + "FESTIVAL_OVERVIEW.md", in: folder)
    let fixed = try build(root, caches: caches, previous: record)
    #expect(!fixed.diagnostics.contains { $0.message.contains("later-notes") })
    record = try compare(root, caches, previous: record, "the heading added").record
  }

  @Test func fingerprintsAreWrittenAsBeforeInHex() {
    var lanes: [UInt64] = [0, 1, 0xf, 0x10, 0xff, 0x1234, UInt64.max, 1 << 63]
    var generator = SeededRandom(seed: 16)
    for _ in 0..<200 {
      lanes.append(UInt64.random(in: 0...UInt64.max, using: &generator) >> (lanes.count % 64))
    }
    for lane in lanes {
      #expect(Fingerprint.hex(lane) == String(lane, radix: 16))
    }
    #expect(Fingerprint.of("a").split(separator: "-").count == 2)
  }
}
