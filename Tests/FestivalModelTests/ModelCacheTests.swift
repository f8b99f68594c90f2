import ContentReader
import Foundation
import TestSupport
import Testing

@testable import FestivalModel

/// `serve` keeps parsed documents and contracts between builds: a model built through the cache is the
/// model built afresh, before and after an edit.
@Suite struct ModelCacheTests {
  static let sample = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample")

  @Test func aCachedBuildEqualsAFreshOneAcrossEdits() throws {
    let cache = ModelCache()
    func remembered(_ inventory: ContentInventory) -> ContentModel {
      cache.build(inventory, parsed: cache.parse(inventory))
    }
    var content = FolderContents.files(under: Self.sample)
    let first = remembered(ContentReader.read(files: content))
    #expect(first == FestivalModelBuilder.build(ContentReader.read(files: content)))

    let contract = "festivals/active/parcel-tracking-PT0001/COMMON_INTERFACES.md"
    let task = "festivals/active/parcel-tracking-PT0001/003_IMPLEMENT/01_core_services/01_shipment_service.md"
    let text = String(decoding: try #require(content[contract]), as: UTF8.self)
    content[contract] = Data(
      text.replacingOccurrences(of: "| Billing Service |", with: "| Payment Service |").utf8)
    content[task] = Data(
      (String(decoding: try #require(content[task]), as: UTF8.self) + "\n- [x] more\n").utf8)
    let edited = remembered(ContentReader.read(files: content))
    let fresh = FestivalModelBuilder.build(ContentReader.read(files: content))
    #expect(edited == fresh)
    #expect(edited != first)
    #expect(edited.festivals[0].interfaces?.components.contains { $0.name == "Payment Service" } == true)
  }

  /// A contract past `partedSize` is parsed again block by block: edits that change a cell, move every
  /// later block down and add a section still give the model a fresh build gives.
  @Test func aLargeContractParsedByPartsEqualsAFreshOneAcrossEdits() throws {
    let cache = ModelCache()
    var content = FolderContents.files(under: Self.sample)
    let contract = "festivals/active/parcel-tracking-PT0001/COMMON_INTERFACES.md"
    var text = String(decoding: try #require(content[contract]), as: UTF8.self)
    for index in 0..<1000 {
      text += "\n### Note \(index)\n\nThe Billing Service answers within \(index) ms.\n"
    }
    #expect(text.utf8.count > 64 * 1024)
    let edits: [(String) -> String] = [
      { $0 },
      { $0.replacingOccurrences(of: "| Billing Service |", with: "| Payment Service |") },
      { $0.replacingOccurrences(of: "**Current Status**", with: "Added first.\n\n**Current Status**") },
      { $0 + "\n## Appendix\n\n| Component | Responsibility |\n|---|---|\n| Audit Service | Keeps logs |\n" },
    ]
    for (step, edit) in edits.enumerated() {
      text = edit(text)
      content[contract] = Data(text.utf8)
      let inventory = ContentReader.read(files: content)
      let remembered = cache.build(inventory, parsed: cache.parse(inventory))
      #expect(remembered == FestivalModelBuilder.build(inventory), "edit \(step)")
    }
  }

  /// A long session forgets the files it no longer sees: what it kept for a deleted task and a deleted
  /// large contract is let go on the next build, and comes back when they do.
  @Test func deletedFilesAreForgotten() throws {
    let cache = ModelCache()
    var content = FolderContents.files(under: Self.sample)
    let contract = "festivals/active/parcel-tracking-PT0001/COMMON_INTERFACES.md"
    let task = "festivals/active/parcel-tracking-PT0001/003_IMPLEMENT/01_core_services/01_shipment_service.md"
    var text = String(decoding: try #require(content[contract]), as: UTF8.self)
    for index in 0..<1000 { text += "\n### Note \(index)\n\nThe Billing Service answers.\n" }
    content[contract] = Data(text.utf8)
    func build() -> ContentModel {
      let inventory = ContentReader.read(files: content)
      return cache.build(inventory, parsed: cache.parse(inventory))
    }
    _ = build()
    #expect(cache.remembers(contract) && cache.remembers(task))
    let removed = (content.removeValue(forKey: contract), content.removeValue(forKey: task))
    _ = build()
    #expect(!cache.remembers(contract) && !cache.remembers(task))
    content[contract] = removed.0
    content[task] = removed.1
    #expect(build() == FestivalModelBuilder.build(ContentReader.read(files: content)))
    #expect(cache.remembers(contract) && cache.remembers(task))
  }
}
