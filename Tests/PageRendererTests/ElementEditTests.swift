import Foundation
import SiteBuild
import TestSupport
import Testing

@testable import PageRenderer

/// An element page is rendered again only when the frame of its festival's contract or an element it
/// shows changed (`PageInputs`, `PageSubjects`). Whatever the edit, the site an incremental build
/// leaves (its files written, the earlier ones it kept) is the site a full build writes: here after
/// edits of cells across every table of the sample contract, with and without a preview's caches.
@Suite struct ElementEditTests {
  static let contract = "festivals/active/parcel-tracking-PT0001/COMMON_INTERFACES.md"

  /// Path -> bytes of a built site.
  typealias Site = [String: Data]

  func build(_ root: URL, caches: BuildCaches?, previous: RenderRecord?) throws -> SiteRenderer.Result {
    var context = BuildContext(
      settings: BuildSettings(content: root, jobs: 2, version: "test"), caches: caches, previous: previous)
    try SiteBuild.run(SiteBuild.site, &context)
    return try #require(context.rendered)
  }

  /// The site after `result` was written over `site`: the files kept, then those written.
  func site(_ result: SiteRenderer.Result, over site: Site) -> Site {
    var next: Site = [:]
    for path in result.reused { next[path] = site[path] }
    for file in result.files { next[file.path] = file.data }
    return next
  }

  /// Rows of the tables that define elements (components, systems, entities, events, queues, an
  /// endpoint's parameters and responses), each with one cell to change, the columns taken in turn; then
  /// a few rows of the other tables, which every page may show.
  static func edits(of text: String) -> [(line: Int, cell: Int)] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let elementHeaders = [
      "Component", "System", "Entity", "Event Name", "Queue Name", "Parameter", "Status Code",
    ]
    var elementRows: [Int] = []
    var otherRows: [Int] = []
    var header = ""
    for (index, line) in lines.enumerated() where line.hasPrefix("|") && !line.contains("---") {
      if index + 1 < lines.count, lines[index + 1].contains("---") {
        header = line.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
      } else if elementHeaders.contains(header) {
        elementRows.append(index)
      } else {
        otherRows.append(index)
      }
    }
    let others = Swift.stride(from: 0, to: otherRows.count, by: max(1, otherRows.count / 3)).map {
      otherRows[$0]
    }
    return elementRows.enumerated().map { ($1, $0) } + others.map { ($0, 1) }
  }

  /// The contract with one cell of a row changed: `cell` counts from the second column, round.
  static func edited(_ text: String, line: Int, cell: Int) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var cells = lines[line].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    // Between the outer bars: the second column first, the name last.
    let inner = cells.count - 2
    let chosen = 1 + (1 + cell % inner) % inner
    cells[chosen] = cells[chosen].trimmingCharacters(in: .whitespaces) + " edited "
    lines[line] = cells.joined(separator: "|")
    return lines.joined(separator: "\n")
  }

  @Test func incrementalBuildsAfterCellEditsEqualFullBuilds() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let root = folder.url.appendingPathComponent("content")
    try FileManager.default.copyItem(
      at: SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample"), to: root)
    let file = folder.path("content/" + Self.contract)
    let original = try String(contentsOfFile: file, encoding: .utf8)
    let caches = BuildCaches()
    let first = try build(root, caches: caches, previous: nil)
    var (cachedSite, cachedRecord) = (site(first, over: [:]), first.record)
    var (plainSite, plainRecord) = (cachedSite, first.record)
    var rendered: [Int] = []
    let edits = Self.edits(of: original)
    #expect(edits.count >= 25)
    var text = original
    // Each edit on top of the ones before, as an author saves one change after another.
    for (line, cell) in edits {
      text = Self.edited(text, line: line, cell: cell)
      try text.write(toFile: file, atomically: true, encoding: .utf8)
      let full = site(try build(root, caches: nil, previous: nil), over: [:])
      let cached = try build(root, caches: caches, previous: cachedRecord)
      let plain = try build(root, caches: nil, previous: plainRecord)
      (cachedSite, cachedRecord) = (site(cached, over: cachedSite), cached.record)
      (plainSite, plainRecord) = (site(plain, over: plainSite), plain.record)
      for (name, built) in [("preview", cachedSite), ("incremental", plainSite)] {
        let differing = Set(full.keys).union(built.keys).filter { full[$0] != built[$0] }.sorted()
        #expect(differing.isEmpty, "\(name) build after editing line \(line + 1): \(differing.prefix(5))")
      }
      rendered.append(plain.renderedPages)
    }
    // An edit of one element's details renders a few pages again, not the festival's.
    let few = rendered.filter { $0 < first.renderedPages / 4 }.count
    #expect(few >= edits.count / 2, "pages rendered after each edit: \(rendered)")
    print("pages rendered after each edit, of \(first.renderedPages): \(rendered)")
  }
}
