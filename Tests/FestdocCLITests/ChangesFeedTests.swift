import Foundation
import TestSupport
import Testing

/// The changes feed: `festdoc build --history N` (or festdoc.yml's `history`) on a scripted repository.
@Suite struct ChangesFeedTests {
  /// A repository whose `content/shop` contract loses an operation, then gains a note.
  static func repository() throws -> TemporaryFolder {
    let contract = try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent(
        "Tests/Fixtures/diff/impact/COMMON_INTERFACES.md"),
      encoding: .utf8)
    let folder = try TemporaryFolder(files: ["content/shop/COMMON_INTERFACES.md": contract])
    try GitCommand.run(["init", "-q", "-b", "main"], in: folder.url)
    try GitCommand.run(["add", "."], in: folder.url)
    try GitCommand.run(
      ["commit", "-q", "-m", "The shop contract"], in: folder.url, date: "2026-01-01T10:00:00Z")
    try folder.write(
      contract.replacingOccurrences(
        of: "| Release Stock | Reservation ID | Nothing | Not found | <50ms |\n", with: ""),
      to: "content/shop/COMMON_INTERFACES.md")
    try GitCommand.run(
      ["commit", "-q", "-am", "Drop <Release> Stock"], in: folder.url, date: "2026-01-02T10:00:00Z")
    return folder
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
