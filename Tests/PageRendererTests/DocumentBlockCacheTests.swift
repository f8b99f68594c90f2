import Foundation
import SiteBuild
import TestSupport
import Testing

@testable import PageRenderer

/// A preview draws again only the blocks of a large document an edit changed, and the site it leaves is
/// the site a full build writes, also after edits that change what unchanged blocks show: a broken link
/// that starts to resolve, heading ids moved by a new heading, row anchors moved by a new row.
@Suite struct DocumentBlockCacheTests {
  static let festival = "festivals/active/parcel-tracking-PT0001/"

  func build(_ root: URL, caches: BuildCaches?) throws -> [String: Data] {
    var context = BuildContext(
      settings: BuildSettings(content: root, jobs: 2, version: "test"), caches: caches, previous: nil)
    try SiteBuild.run(SiteBuild.site, &context)
    let rendered = try #require(context.rendered)
    return Dictionary(rendered.files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
  }

  @Test func unchangedBlocksAreKeptAndTheSiteIsAFullBuilds() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let root = try folder.copyFixture("sample")
    let contract = folder.path("content/" + Self.festival + "COMMON_INTERFACES.md")
    let rules = folder.path("content/" + Self.festival + "FESTIVAL_RULES.md")
    let caches = BuildCaches()
    _ = try build(root, caches: caches)
    let blocks = caches.render.documentBlocks
    #expect(blocks.reused == 0)

    let edits: [(file: String, edit: (String) -> String, reuses: Bool)] = [
      (contract, { $0.replacingOccurrences(of: "Rates, invoices, payments", with: "Rates and bills") }, true),
      // A link to an anchor no page had pointed at: which linked anchors are there changed, and with
      // them every page's inputs, so no block is taken.
      (contract, { $0 + "\nA closing paragraph with a [link](FESTIVAL_RULES.md#late-heading).\n" }, false),
      // The link above starts to resolve: the same.
      (rules, { $0 + "\n## Late heading\n\nNew.\n" }, false),
      // A heading early on, in place of a line, moves the id of the same heading after it; no link
      // points at either, so the blocks around them are taken and the headings' ids worked out again.
      (
        contract,
        {
          $0.replacingOccurrences(
            of: "**Review Deadline**: 2026-12-04", with: "### External System Dependencies")
        }, true
      ),
      // A new component row moves the row anchors of the rows after it.
      (
        contract,
        {
          $0.replacingOccurrences(
            of: "| Billing Service |", with: "| Audit Service | Logs | Go | - | Ops |\n| Billing Service |")
        }, false
      ),
      (contract, { $0.replacingOccurrences(of: "Rates and bills", with: "Rates, bills and refunds") }, true),
    ]
    for (number, change) in edits.enumerated() {
      let text = try String(contentsOfFile: change.file, encoding: .utf8)
      let edited = change.edit(text)
      #expect(edited != text, "edit \(number) changed nothing")
      try edited.write(toFile: change.file, atomically: true, encoding: .utf8)
      let before = blocks.reused
      let preview = try build(root, caches: caches)
      let full = try build(root, caches: nil)
      let differing = Set(full.keys).union(preview.keys).filter { full[$0] != preview[$0] }.sorted()
      #expect(differing.isEmpty, "edit \(number): \(differing.prefix(5))")
      #expect(
        (blocks.reused > before) == change.reuses, "edit \(number): \(blocks.reused - before) blocks kept")
    }
  }

  @Test func aCellEditRedrawsOnlyItsTableAndTheDiagrams() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let root = try folder.copyFixture("sample")
    let contract = folder.path("content/" + Self.festival + "COMMON_INTERFACES.md")
    let caches = BuildCaches()
    _ = try build(root, caches: caches)
    let blocks = caches.render.documentBlocks
    let text = try String(contentsOfFile: contract, encoding: .utf8)
    try text.replacingOccurrences(of: "Rates, invoices, payments", with: "Rates and bills")
      .write(toFile: contract, atomically: true, encoding: .utf8)
    let preview = try build(root, caches: caches)
    let page = try #require(preview.keys.first { $0.hasSuffix("interfaces.html") && $0.contains("parcel") })
    let drawn = try #require(blocks.drawn(on: page))
    // Headings are taken too, their ids coming out the same; diagrams are drawn again.
    let headings = drawn.blocks.filter { if case .heading = $0 { true } else { false } }.count
    let diagrams = drawn.blocks.filter { !DocumentBlockCache.isSelfContained($0) }.count - headings
    #expect(headings > 10)
    #expect(blocks.reused == drawn.blocks.count - 1 - diagrams)
    #expect(preview == (try build(root, caches: nil)))
  }
}
