import ChangeHistory
import ContractDiff
import Foundation
import TestSupport
import Testing

/// The changes feed's history, read from a scripted git repository: the commits that touched the
/// content, each with its classified changes; the cache; no git; a shallow clone.
@Suite struct ContentHistoryTests {
  /// A repository whose `content/` folder holds a festival's contract, changed over four commits, one
  /// of them outside the content.
  static func repository() throws -> TemporaryFolder {
    let (contract, withoutRelease) = try ScriptedRepository.shopContract()
    let path = "content/shop/COMMON_INTERFACES.md"
    return try ScriptedRepository.make([
      .init("The shop contract", [path: contract, "README.md": "# Repo\n"]),
      .init("Drop Release Stock", [path: withoutRelease]),
      .init("Readme only", ["README.md": "# Repo\n\nMore.\n"]),
      .init("Notes, no contract change", ["content/shop/NOTES.md": "# Notes\n"]),
    ])
  }

  @Test func theCommitsThatTouchedTheContentWithTheirChanges() throws {
    let folder = try Self.repository()
    defer { folder.remove() }
    var cache = HistoryCache()
    let history = ContentHistory.read(
      content: folder.url.appendingPathComponent("content"), count: 10, cache: &cache)
    #expect(history.note == nil)
    #expect(
      history.commits.map(\.message) == [
        "Notes, no contract change", "Drop Release Stock", "The shop contract",
      ])
    #expect(history.commits[0].diff.changes.isEmpty)
    #expect(history.commits[1].diff.changes.map(\.rule) == [.operationRemoved])
    #expect(
      history.commits[1].author == "festdoc" && history.commits[1].date.hasPrefix("2026-01-02T10:00:00"))
    #expect(
      history.commits[1].shortID.count >= 7 && history.commits[1].id.hasPrefix(history.commits[1].shortID))
    // The first commit adds the whole contract.
    #expect(history.commits[2].diff.changes.contains { $0.rule == .componentAdded })
    // Only the last two are asked for: the oldest is left out, and its parent is not needed.
    let lastTwo = ContentHistory.read(
      content: folder.url.appendingPathComponent("content"), count: 2, cache: &cache)
    #expect(lastTwo.commits.map(\.shortID) == history.commits.prefix(2).map(\.shortID))
  }

  /// A second read takes every diff from the cache an earlier build wrote, and gives the same history.
  @Test func aSecondReadUsesTheCache() throws {
    let folder = try Self.repository()
    defer { folder.remove() }
    let content = folder.url.appendingPathComponent("content")
    var first = HistoryCache()
    let history = ContentHistory.read(content: content, count: 10, cache: &first)
    var second = HistoryCache(decoding: first.encoded())
    // Every diff the second read needs is in the cache: it uses the same entries, and no others.
    let again = ContentHistory.read(content: content, count: 10, cache: &second)
    #expect(again == history)
    #expect(second.encoded() == first.encoded())
    let entries = try JSONSerialization.jsonObject(with: first.encoded()) as? [String: Any]
    #expect(entries?.count == 3)
  }

  @Test func withoutGitOrInAShallowCloneThePageSaysSo() throws {
    let plain = try TemporaryFolder(files: ["content/a.md": "# A\n"])
    defer { plain.remove() }
    var cache = HistoryCache()
    let none = ContentHistory.read(
      content: plain.url.appendingPathComponent("content"), count: 5, cache: &cache)
    #expect(none.commits.isEmpty && none.note?.contains("not in a git repository") == true)

    let folder = try Self.repository()
    defer { folder.remove() }
    let clone = try TemporaryFolder(files: [:])
    defer { clone.remove() }
    try GitCommand.run(
      ["clone", "-q", "--depth", "2", "file://" + folder.url.path, "shallow"], in: clone.url)
    let shallow = ContentHistory.read(
      content: clone.url.appendingPathComponent("shallow/content"), count: 10, cache: &cache)
    #expect(shallow.commits.map(\.message) == ["Notes, no contract change"])
    #expect(shallow.note?.contains("shallow clone") == true)
  }
}
