import Foundation
import TestSupport
import Testing

/// Incremental builds: only pages whose inputs changed are rendered, the rest are the previous files
/// themselves (same inode, same modification time), and the site equals a full build byte for byte.
@Suite struct IncrementalBuildTests {
  static let task =
    "festivals/active/parcel-tracking-PT0001/003_IMPLEMENT/01_core_services/01_shipment_service.md"
  static let contract = "festivals/active/parcel-tracking-PT0001/COMMON_INTERFACES.md"

  /// A copy of the sample to edit, with a site folder beside it.
  func workspace() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.copyFixture("sample")
    return folder
  }

  func build(_ folder: TemporaryFolder, into site: String, _ extra: [String] = []) throws -> String {
    let result = try FestdocProcess.run(["build", folder.path("content"), "-o", folder.path(site)] + extra)
    #expect(result.status == 0, "\(result.standardError)")
    return result.standardOutput
  }

  /// Whether the incremental site and the full build beside it hold the same files, byte for byte.
  func sameSites(_ folder: TemporaryFolder) -> Bool {
    let site = FolderContents.files(under: folder.url.appendingPathComponent("site"))
    // Two empty folders would be equal too: a site has its pages.
    return site["index.html"] != nil
      && site == FolderContents.files(under: folder.url.appendingPathComponent("full"))
  }

  func inode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int) ?? -1
  }

  @Test func anEditedTaskRendersItsPageAndTheSitewidePagesOnly() throws {
    let folder = try workspace()
    defer { folder.remove() }
    #expect(try build(folder, into: "site").hasPrefix("Built 79 pages ("))
    // Only the site index, which shows every festival's progress, is drawn on every build.
    #expect(try build(folder, into: "site").hasPrefix("Built 79 pages, 78 unchanged ("))
    let component = folder.path("site/parcel-tracking-pt0001/components/billing-service.html")
    let taskPage = folder.path(
      "site/parcel-tracking-pt0001/docs/003-implement/01-core-services/01-shipment-service.html")
    let before = (component: try inode(component), task: try inode(taskPage))
    let modified = try FileManager.default.attributesOfItem(atPath: component)[.modificationDate] as? Date

    let taskFile = folder.path("content/" + Self.task)
    let text = try String(contentsOfFile: taskFile, encoding: .utf8)
    try (text + "\nOne more paragraph, naming nothing.\n").write(
      toFile: taskFile, atomically: true, encoding: .utf8)
    // The task page, the review dashboard and the site index; the festival home shows nothing of
    // the task's text, so it stays.
    let home = folder.path("site/parcel-tracking-pt0001/index.html")
    let homeBefore = try inode(home)
    #expect(try build(folder, into: "site").hasPrefix("Built 79 pages, 76 unchanged ("))
    #expect(try inode(home) == homeBefore)
    #expect(try inode(component) == before.component)
    #expect(
      try FileManager.default.attributesOfItem(atPath: component)[.modificationDate] as? Date == modified)
    #expect(try inode(taskPage) != before.task)
    #expect(try String(contentsOfFile: taskPage, encoding: .utf8).contains("naming nothing"))

    // A sentence naming a resource adds the task to its "Referenced by" and to the A-Z index.
    try (text + "\nThe Label resource is printed here.\n").write(
      toFile: taskFile, atomically: true, encoding: .utf8)
    #expect(try build(folder, into: "site").hasPrefix("Built 79 pages, 74 unchanged ("))

    // A ticked box changes the festival's progress, which its home shows.
    try (text + "\nThe Label resource is printed here.\n\n- [x] Printed\n").write(
      toFile: taskFile, atomically: true, encoding: .utf8)
    _ = try build(folder, into: "site")
    #expect(try inode(home) != homeBefore)

    _ = try build(folder, into: "full", ["--full"])
    #expect(sameSites(folder))
  }

  @Test func anEditedComponentRendersItsPagesAndStillEqualsAFullBuild() throws {
    let folder = try workspace()
    defer { folder.remove() }
    _ = try build(folder, into: "site")
    let contractFile = folder.path("content/" + Self.contract)
    let text = try String(contentsOfFile: contractFile, encoding: .utf8)
    try text.replacingOccurrences(of: "| Rates, invoices, payments |", with: "| Rates, invoices, refunds |")
      .write(toFile: contractFile, atomically: true, encoding: .utf8)
    let output = try build(folder, into: "site")
    #expect(output.hasPrefix("Built 79 pages"))
    // One component's responsibility: its page, the interface document's and the pages of the whole
    // contract (interfaces, review) render again; the home, the A-Z index, the entities and
    // authorization pages (names, relations, mentions, entities and matrix, unchanged), the other
    // element pages and the documents stay.
    #expect(output.hasPrefix("Built 79 pages, 75 unchanged ("))
    _ = try build(folder, into: "full", ["--full"])
    #expect(sameSites(folder))
  }

  /// A YAML file only an OpenAPI document's `$ref`s reach is one of the contract's sources: editing it
  /// renders the pages that show what it defines, and the site still equals a full build.
  @Test func anEditedFileAnAPIDocumentRefersToRendersItsElements() throws {
    let fixtures = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/openapi")
    let folder = try TemporaryFolder(files: [
      "content/shop/FESTIVAL_GOAL.md": "# Festival Goal: Shop\n",
      "content/shop/002_PLAN/contracts/petstore.yaml": try String(
        contentsOf: fixtures.appendingPathComponent("petstore.yaml"), encoding: .utf8),
      "content/shop/002_PLAN/contracts/common.yaml": try String(
        contentsOf: fixtures.appendingPathComponent("common.yaml"), encoding: .utf8),
    ])
    defer { folder.remove() }
    _ = try build(folder, into: "site")
    let site = FolderContents.files(under: folder.url.appendingPathComponent("site"))
    let page = try #require(
      site.first {
        $0.key.hasPrefix("shop/endpoints/") && String(decoding: $0.value, as: UTF8.self).contains("s photos")
      }?.key)
    let common = folder.path("content/shop/002_PLAN/contracts/common.yaml")
    let text = try String(contentsOfFile: common, encoding: .utf8)
    try text.replacingOccurrences(of: "Where the previous page ended", with: "Where the last page ended")
      .write(toFile: common, atomically: true, encoding: .utf8)
    let output = try build(folder, into: "site")
    #expect(!output.contains(" 0 unchanged") && output.contains("unchanged"), "\(output)")
    let edited = try String(contentsOfFile: folder.path("site/" + page), encoding: .utf8)
    #expect(edited.contains("Where the last page ended"))
    _ = try build(folder, into: "full", ["--full"])
    #expect(sameSites(folder))
  }

  @Test func anAppendedFestEventRendersTheFestivalAgainAndEqualsAFullBuild() throws {
    let folder = try workspace()
    defer { folder.remove() }
    _ = try build(folder, into: "site")
    let log = folder.path("content/festivals/active/parcel-tracking-PT0001/.fest/progress_events.jsonl")
    let text = try String(contentsOfFile: log, encoding: .utf8)
    let event =
      #"{"ts":"2026-11-01T09:00:00Z","event":"completed","task":"003_IMPLEMENT/01_core_services/01_shipment_service.md"}"#
    try (text + event + "\n").write(toFile: log, atomically: true, encoding: .utf8)
    let output = try build(folder, into: "site")
    #expect(!output.hasPrefix("Built 79 pages, 77 unchanged"), "\(output)")
    let taskPage = folder.path(
      "site/parcel-tracking-pt0001/docs/003-implement/01-core-services/01-shipment-service.html")
    #expect(try String(contentsOfFile: taskPage, encoding: .utf8).contains("progress events (2026-11-01)"))
    _ = try build(folder, into: "full", ["--full"])
    #expect(sameSites(folder))
  }

  @Test func aFileMissingFromThePreviousSiteFallsBackToAFullBuild() throws {
    let folder = try workspace()
    defer { folder.remove() }
    _ = try build(folder, into: "site")
    try FileManager.default.removeItem(
      atPath: folder.path("site/parcel-tracking-pt0001/components/billing-service.html"))
    #expect(try build(folder, into: "site").hasPrefix("Built 79 pages ("))
    _ = try build(folder, into: "full", ["--full"])
    #expect(sameSites(folder))
  }

  @Test func aDamagedRecordIsIgnored() throws {
    let folder = try workspace()
    defer { folder.remove() }
    _ = try build(folder, into: "site")
    try Data("not a record".utf8).write(to: folder.url.appendingPathComponent("site/.festdoc/record"))
    #expect(try build(folder, into: "site").hasPrefix("Built 79 pages ("))
  }
}
