import ContentReader
import Foundation
import TestSupport
import Testing

@Suite struct ContentReaderTests {
  @Test func readsMarkdownAndFestYamlSkippingHiddenSwapAndBinaryFiles() throws {
    let folder = try TemporaryFolder(files: [
      "fest/FESTIVAL_OVERVIEW.md": "\u{FEFF}# Overview\r\nline two\r\n",
      "fest/fest.yaml": "name: X\n",
      "fest/.fest/state.md": "# machine state\n",
      "fest/.festival/x.md": "# hidden\n",
      "fest/001_PLAN/.01_task.md.swp": "swap",
      "fest/notes.md~": "backup",
      "fest/image.png": "png",
      "loose.md": "# Loose\n",
    ])
    defer { folder.remove() }
    try folder.writeData(Data([0x23, 0x20, 0x00, 0x41]), to: "fest/binary.md")
    let inventory = try ContentReader.read(root: folder.url)
    let festival = try #require(inventory.festivals.first)
    #expect(festival.documents.map(\.path) == ["fest/FESTIVAL_OVERVIEW.md"])
    #expect(festival.documents[0].text == "# Overview\nline two\n")
    #expect(festival.config?.text == "name: X\n")
    #expect(inventory.looseDocuments.map(\.path) == ["loose.md"])
    #expect(inventory.diagnostics.map(\.rule.id) == ["content.not-text"])
    #expect(inventory.diagnostics[0].location?.file == "fest/binary.md")
  }

  @Test func linksOutOfTheContentFolderAreNotFollowed() throws {
    let outside = try TemporaryFolder(files: ["secret.md": "# secret\n"])
    let folder = try TemporaryFolder(files: ["FESTIVAL_OVERVIEW.md": "# O\n", "inside.md": "# in\n"])
    defer {
      folder.remove()
      outside.remove()
    }
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("leak.md"), withDestinationPath: outside.path("secret.md"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("alias.md"), withDestinationPath: folder.path("inside.md"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("loop"), withDestinationPath: folder.url.path)
    let inventory = try ContentReader.read(root: folder.url)
    let paths = inventory.festivals.flatMap(\.documents).map(\.path)
    #expect(paths.contains("alias.md"))
    #expect(!paths.contains("leak.md"))
    #expect(!inventory.festivals.flatMap(\.documents).contains { $0.text.contains("secret") })
    #expect(inventory.diagnostics.contains { $0.rule.id == "content.link-outside" })
  }

  @Test func aMissingFolderIsAnError() {
    #expect(throws: ContentReadError.self) {
      _ = try ContentReader.read(root: URL(fileURLWithPath: "/nonexistent/festdoc"))
    }
  }
}
