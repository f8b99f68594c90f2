import Foundation
import TestSupport
import Testing

/// The changes feed: `festdoc build --history N` (or festdoc.yml's `history`) on a scripted repository.
@Suite struct ChangesFeedTests {
  /// A repository whose `content/shop` contract loses an operation.
  static func repository() throws -> TemporaryFolder {
    let (contract, withoutRelease) = try ScriptedRepository.shopContract()
    let path = "content/shop/COMMON_INTERFACES.md"
    return try ScriptedRepository.make([
      .init("The shop contract", [path: contract]), .init("Drop <Release> Stock", [path: withoutRelease]),
    ])
  }

  @Test func theFeedListsCommitsAndElementPagesNoteTheirLastChange() throws {
    let folder = try Self.repository()
    defer { folder.remove() }
    let result = try FestdocProcess.run(["build", "content", "-o", "site", "--history", "5"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    let site = folder.url.appendingPathComponent("site")
    let feed = try String(contentsOf: site.appendingPathComponent("changes.html"), encoding: .utf8)
    #expect(feed.contains("Drop &lt;Release&gt; Stock") && feed.contains("The shop contract"))
    #expect(
      feed.range(of: "Drop &lt;Release&gt; Stock")!.lowerBound
        < feed.range(of: "The shop contract")!.lowerBound)
    #expect(feed.contains("operation.removed") && feed.contains("<time datetime=\"2026-01-02T10:00:00"))
    #expect(feed.contains("href=\"shop/components/inventory-service.html\""))
    let page = try String(
      contentsOf: site.appendingPathComponent("shop/components/inventory-service.html"), encoding: .utf8)
    #expect(page.contains("Last changed in <a href=\"../../changes.html#commit-"))
    let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("href=\"changes.html\""))
    #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(".festdoc/history").path))

    // A second build reads the cache and writes the same bytes.
    let before = FolderContents.files(under: site)
    #expect(
      try FestdocProcess.run(["build", "content", "-o", "site", "--history", "5", "--full"], in: folder.url)
        .status == 0)
    #expect(FolderContents.files(under: site) == before)
  }

  @Test func theFeedIsOptInAndFestdocYmlCanAskForIt() throws {
    let folder = try Self.repository()
    defer { folder.remove() }
    #expect(try FestdocProcess.run(["build", "content", "-o", "plain"], in: folder.url).status == 0)
    #expect(
      !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("plain/changes.html").path))
    try folder.write("history: 1\n", to: "content/festdoc.yml")
    #expect(try FestdocProcess.run(["build", "content", "-o", "configured"], in: folder.url).status == 0)
    let feed = try String(
      contentsOf: folder.url.appendingPathComponent("configured/changes.html"), encoding: .utf8)
    #expect(feed.contains("Drop &lt;Release&gt; Stock") && !feed.contains("The shop contract"))
    // Outside git the page says there is no history.
    let plain = try TemporaryFolder(files: ["c/a.md": "# A\n"])
    defer { plain.remove() }
    #expect(try FestdocProcess.run(["build", "c", "-o", "s", "--history", "3"], in: plain.url).status == 0)
    let none = try String(contentsOf: plain.url.appendingPathComponent("s/changes.html"), encoding: .utf8)
    #expect(none.contains("not in a git repository"))
  }
}
