import ContentReader
import Foundation
import TestSupport
import Testing

/// Files from a git revision are read by the same rules as a folder: the two inventories agree.
@Suite struct InMemoryReadingTests {
  @Test(arguments: ["Tests/Fixtures/sample", "Tests/Fixtures/site", "Tests/Fixtures/hostile"])
  func aFolderReadFromMemoryIsTheSameInventory(_ fixture: String) throws {
    let root = SharedFolder.projectRoot.appendingPathComponent(fixture)
    let fromFolder = try ContentReader.read(root: root)
    let fromMemory = ContentReader.read(
      files: FolderContents.files(under: root),
      rootComponents: root.standardizedFileURL.pathComponents.filter { $0 != "/" })
    #expect(fromMemory == fromFolder)
  }

  @Test func skipsWhatAFolderScanSkipsAndReportsTheSame() throws {
    let inventory = ContentReader.read(
      files: [
        "fest/FESTIVAL_OVERVIEW.md": Data("\u{FEFF}# Overview\r\n".utf8),
        "fest/.fest/state.md": Data("# hidden\n".utf8),
        "fest/notes.md~": Data("backup".utf8),
        "fest/image.png": Data("png".utf8),
        "fest/binary.md": Data([0x23, 0x20, 0x00]),
        "static/logo.svg": Data("<svg/>".utf8),
      ], tooLarge: ["fest/huge.md"])
    #expect(inventory.festivals.first?.documents.map(\.text) == ["# Overview\n"])
    #expect(inventory.staticFiles.map(\.path) == ["static/logo.svg"])
    #expect(inventory.diagnostics.map(\.rule.id).sorted() == ["content.not-text", "content.too-large"])
  }
}
