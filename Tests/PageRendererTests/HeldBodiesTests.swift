import Foundation
import Parallelism
import SiteBuild
import SiteWriter
import TestSupport
import Testing

@testable import PageRenderer

/// Page bodies wait between the render passes in memory up to a budget, then in a scratch file: what
/// comes back is what went in, and a site built through the file is the site built in memory.
@Suite struct HeldBodiesTests {
  private func body(_ index: Int) -> PageBody {
    var body = PageBody(
      html: .htmlOnly("<p>Page \(index) · ünïcödé \(String(repeating: "x", count: index))</p>"))
    body.festival = index % 3
    body.breadcrumbs = [.init(title: "Crumb \(index)", href: "page-\(index).html")]
    return body
  }

  @Test func bodiesPastTheBudgetComeBackFromTheFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let scratch = folder.url.appendingPathComponent(".scratch")
    let held = HeldBodies(count: 200, scratch: scratch, budget: 2_000)
    Concurrently.forEach(jobs: 4, count: 200) { held.set($0, body($0)) }
    #expect(held.spilledCount > 150)
    #expect(FileManager.default.fileExists(atPath: scratch.path))
    for index in (0..<200).reversed() {
      let back = try #require(held.take(index))
      #expect(back.html.html == body(index).html.html)
      #expect(back.festival == index % 3)
      #expect(back.breadcrumbs.first?.href == "page-\(index).html")
    }
    #expect(held.take(7) == nil)
    #expect(held.failure == nil)
    held.close()
    #expect(!FileManager.default.fileExists(atPath: scratch.path))
  }

  @Test func withoutAScratchFileEveryBodyIsHeld() {
    let held = HeldBodies(count: 50, scratch: nil, budget: 0)
    for index in 0..<50 { held.set(index, body(index)) }
    #expect(held.spilledCount == 0)
    #expect((0..<50).allSatisfy { held.take($0)?.html.html == body($0).html.html })
  }

  @Test func aScratchFileCutShortFailsInsteadOfLosingAPage() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let scratch = folder.url.appendingPathComponent(".scratch")
    let held = HeldBodies(count: 3, scratch: scratch, budget: 0)
    for index in 0..<3 { held.set(index, body(index)) }
    #expect(truncate(scratch.path, 10) == 0)
    #expect(held.take(0)?.html.html == "")
    #expect(held.failure?.contains("cannot read a page back") == true)
  }

  /// Every page through the scratch file: the same site, byte for byte, and no scratch file left in it.
  @Test(arguments: ["sample", "contract-sources"])
  func aSiteBuiltThroughTheScratchFileIsTheSameSite(fixture: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let content = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/" + fixture)
    func build(_ name: String, heldPageBytes: Int) throws -> URL {
      let output = folder.url.appendingPathComponent(name)
      var settings = BuildSettings(content: content, jobs: 2, version: "test")
      settings.heldPageBytes = heldPageBytes
      var context = BuildContext(settings: settings)
      context.staging = try SiteStaging(output: output)
      try SiteBuild.run(SiteBuild.site + [SiteBuild.write(to: output)], &context)
      return output
    }
    let held = try build("held", heldPageBytes: .max)
    let spilled = try build("spilled", heldPageBytes: 0)
    let (expected, actual) = (try StreamedSiteTests().tree(held), try StreamedSiteTests().tree(spilled))
    #expect(expected.count > 10)
    #expect(expected.keys.sorted() == actual.keys.sorted())
    #expect(expected.keys.filter { expected[$0] != actual[$0] }.sorted() == [])
    #expect(!actual.keys.contains { $0.contains("scratch") })
  }
}
