import Foundation
import SiteBuild
import SitePlan
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
    let all = tableRows(of: lines)
    let elementRows = all.filter { elementHeaders.contains($0.header) }.map(\.line)
    let otherRows = all.filter { !elementHeaders.contains($0.header) }.map(\.line)
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

  /// Saves each of `versions` of the fixture's `file` in turn and builds after each: a full build, a
  /// preview build with caches and an incremental one from the record must leave the same site.
  /// Returns how many pages the incremental builds rendered, and how many the first build did.
  func editInTurn(fixture: String, file path: String, versions: [String]) throws -> (
    rendered: [Int], all: Int
  ) {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let root = try folder.copyFixture(fixture)
    return try editInTurn(root: root, file: folder.path("content/" + path), versions: versions)
  }

  /// The same for content at `root`, whose file `file` takes each of `versions` in turn.
  func editInTurn(root: URL, file: String, versions: [String]) throws -> (rendered: [Int], all: Int) {
    let caches = BuildCaches()
    let first = try build(root, caches: caches, previous: nil)
    var (cachedSite, cachedRecord) = (site(first, over: [:]), first.record)
    var (plainSite, plainRecord) = (cachedSite, first.record)
    var rendered: [Int] = []
    for (number, text) in versions.enumerated() {
      try text.write(toFile: file, atomically: true, encoding: .utf8)
      let full = site(try build(root, caches: nil, previous: nil), over: [:])
      let cached = try build(root, caches: caches, previous: cachedRecord)
      let plain = try build(root, caches: nil, previous: plainRecord)
      (cachedSite, cachedRecord) = (site(cached, over: cachedSite), cached.record)
      (plainSite, plainRecord) = (site(plain, over: plainSite), plain.record)
      for (name, built) in [("preview", cachedSite), ("incremental", plainSite)] {
        let differing = Set(full.keys).union(built.keys).filter { full[$0] != built[$0] }.sorted()
        #expect(
          differing.isEmpty, "\(name) build after edit \(number + 1) of \(file): \(differing.prefix(5))")
      }
      rendered.append(plain.renderedPages)
    }
    return (rendered, first.renderedPages)
  }

  @Test func incrementalBuildsAfterCellEditsEqualFullBuilds() throws {
    let original = try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample/" + Self.contract),
      encoding: .utf8)
    let edits = Self.edits(of: original)
    #expect(edits.count >= 25)
    // Each edit on top of the ones before, as an author saves one change after another.
    var text = original
    let versions = edits.map { line, cell in
      text = Self.edited(text, line: line, cell: cell)
      return text
    }
    let (rendered, all) = try editInTurn(fixture: "sample", file: Self.contract, versions: versions)
    // An edit of one element's details renders a few pages again, not the festival's.
    let few = rendered.filter { $0 < all / 4 }.count
    #expect(few >= edits.count / 2, "pages rendered after each edit, of \(all): \(rendered)")
  }

  /// A service interface's operations and data contract show in full on its component's page and the
  /// interface document; the other pages show their names and places. Each column of each row edited in
  /// turn renders a few pages again, and the site still equals a full build.
  @Test func editsOfAServiceInterfaceRenderItsComponentNotTheFestival() throws {
    let original = try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample/" + Self.contract),
      encoding: .utf8)
    let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let rows = Self.rows(of: lines, under: ["Operation", "Field"])
    #expect(rows.count >= 20)
    // Every fifth row, each with the next column: names last, so a rename comes after its row's details.
    var text = original
    let versions = Swift.stride(from: 0, to: rows.count, by: 5).enumerated().map { number, row in
      text = Self.edited(text, line: rows[row], cell: number)
      return text
    }
    let (rendered, all) = try editInTurn(fixture: "sample", file: Self.contract, versions: versions)
    let few = rendered.filter { $0 < all / 4 }.count
    #expect(few >= versions.count / 2, "pages rendered after each edit, of \(all): \(rendered)")
  }

  /// Every table row's line, with the first column's header of its table.
  static func tableRows(of lines: [String]) -> [(line: Int, header: String)] {
    var rows: [(line: Int, header: String)] = []
    var header = ""
    for (index, line) in lines.enumerated() where line.hasPrefix("|") && !line.contains("---") {
      if index + 1 < lines.count, lines[index + 1].contains("---") {
        header = line.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
      } else {
        rows.append((index, header))
      }
    }
    return rows
  }

  /// The lines of the table rows under the headers whose first column is one of `headers`.
  static func rows(of lines: [String], under headers: Set<String>) -> [Int] {
    tableRows(of: lines).filter { headers.contains($0.header) }.map(\.line)
  }

  /// Edits each row of the sample contract's tables whose first column is one of `headers`, a column in
  /// turn, one edit on top of another (`editInTurn`); there are at least `count` rows.
  func editEachRow(under headers: Set<String>, atLeast count: Int) throws -> (rendered: [Int], all: Int) {
    let original = try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample/" + Self.contract),
      encoding: .utf8)
    let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let rows = Self.rows(of: lines, under: headers)
    #expect(rows.count >= count)
    var text = original
    let versions = rows.enumerated().map { number, row in
      text = Self.edited(text, line: row, cell: number)
      return text
    }
    return try editInTurn(fixture: "sample", file: Self.contract, versions: versions)
  }

  /// Performance rows show on the pages of the components and endpoints they are about: each column of
  /// each row edited in turn renders a few pages, and the site still equals a full build.
  @Test func editsOfPerformanceRowsRenderThePagesThatListThem() throws {
    let (rendered, all) = try editEachRow(under: ["Service/Endpoint"], atLeast: 4)
    let few = rendered.filter { $0 < all / 4 }.count
    #expect(few >= rendered.count - 1, "pages rendered after each edit, of \(all): \(rendered)")
  }

  /// A matrix row shows on its resource's page, every role's page, the grid, and the pages of the
  /// entity and component whose resource it is: each column of each row edited in turn renders those
  /// (the resource's name, once, renders the festival), and the site still equals a full build.
  @Test func editsOfAuthorizationCellsRenderThePagesThatShowThem() throws {
    let (rendered, all) = try editEachRow(under: ["Resource"], atLeast: 6)
    let few = rendered.filter { $0 < all / 4 }.count
    #expect(few >= rendered.count - 1, "pages rendered after each edit, of \(all): \(rendered)")
  }

  /// Security, error, checklist and sign-off rows show on the interface document's page, the review and
  /// interfaces pages, and (error codes) the A-Z index: each column of each row edited in turn renders
  /// those, not the festival, and the site still equals a full build. An error type is the catalog's
  /// context for its code, so its edit renders the festival.
  @Test func editsOfTablesOnlyTheContractsPagesShowRenderThosePages() throws {
    let (rendered, all) = try editEachRow(
      under: ["Aspect", "Review Area", "Role", "Error Type"], atLeast: 20)
    let few = rendered.filter { $0 < all / 4 }.count
    #expect(few * 4 >= rendered.count * 3, "pages rendered after each edit, of \(all): \(rendered)")
  }

  /// A heading no link points at changes its own page only. Renaming one that a link points at breaks
  /// the link and naming it back mends it: whether each linked anchor is there is part of every page's
  /// inputs, so those render the site. Each build equals a full build, in a preview and from the record.
  @Test func headingsRenderThePagesThatLinkToThem() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let root = try folder.copyFixture("sample")
    let sequence = "content/festivals/active/parcel-tracking-PT0001/002_DEFINE_INTERFACES/01_architecture/"
    let (target, linking) = (
      folder.path(sequence + "02_protocols.md"), folder.path(sequence + "01_component_map.md")
    )
    let original = try String(contentsOfFile: target, encoding: .utf8) + "\n## Decisions\n\ngRPC inside.\n"
    try original.write(toFile: target, atomically: true, encoding: .utf8)
    try
      (String(contentsOfFile: linking, encoding: .utf8)
      + "\nSee [the decisions](02_protocols.md#decisions).\n")
      .write(toFile: linking, atomically: true, encoding: .utf8)
    let added = original + "\n## Open Questions\n\nNone yet.\n"
    let renamed = added.replacingOccurrences(of: "## Decisions", with: "## Choices")
    let (rendered, all) = try editInTurn(root: root, file: target, versions: [added, renamed, added])
    #expect(rendered[0] <= 3, "a heading nothing links to: \(rendered[0]) of \(all) pages")
    #expect(rendered[1] == all && rendered[2] == all, "\(rendered) of \(all)")
  }

  /// Above `SystemGrouping.threshold` components, each owner's components are drawn on a page of
  /// their own. Moving a component that is not its owner's first to another owner changes no name and
  /// no relation, but it changes both groups' pages and who links to the component's neighbours.
  @Test func movingAComponentToAnotherOwnerRedrawsBothGroups() throws {
    let count = SystemGrouping.threshold + 20
    let rows = (0..<count).map { number in
      let dependency = number == 0 ? "" : String(format: "Service %03d", number - 1)
      return String(
        format: "| Service %03d | Handles area %d | %@ | Team %d |", number, number, dependency, number % 4)
    }
    let contract =
      ([
        "# Common Interfaces: Grouped", "", "## Step 1: System Overview", "",
        "| Component | Responsibility | Dependencies | Owner |", "|---|---|---|---|",
      ] + rows)
      .joined(separator: "\n") + "\n"
    let festival = "content/festivals/active/grouped-GR0001/"
    let folder = try TemporaryFolder(files: [
      festival + "COMMON_INTERFACES.md": contract,
      festival + "FESTIVAL_OVERVIEW.md": "# Festival Overview: Grouped\n",
    ])
    defer { folder.remove() }
    // Service 009 is Team 1's third component; then Service 010, Team 2's third.
    let moved = contract.replacingOccurrences(
      of: "| Service 008 | Team 1 |", with: "| Service 008 | Team 3 |")
    let again = moved.replacingOccurrences(of: "| Service 009 | Team 2 |", with: "| Service 009 | Team 0 |")
    #expect(moved != contract && again != moved)
    _ = try editInTurn(
      root: folder.url.appendingPathComponent("content"),
      file: folder.path(festival + "COMMON_INTERFACES.md"),
      versions: [moved, again])
  }

  /// The sample copied into `folder` and built, then its contract's Billing Service given another
  /// responsibility and built again from the first build's record. `page` is among the first build's
  /// files. Returns the content root, the contract's file, its edited text and the second build.
  func buildAfterADetailEdit(in folder: TemporaryFolder, drawing page: String) throws -> (
    root: URL, file: String, detail: String, kept: SiteRenderer.Result
  ) {
    let root = try folder.copyFixture("sample")
    let file = folder.path("content/" + Self.contract)
    let original = try String(contentsOfFile: file, encoding: .utf8)
    let first = try build(root, caches: nil, previous: nil)
    #expect(first.files.contains { $0.path == page })
    let detail = original.replacingOccurrences(
      of: "| Billing Service | Rates, invoices", with: "| Billing Service | Rates, bills")
    #expect(detail != original)
    try detail.write(toFile: file, atomically: true, encoding: .utf8)
    return (root, file, detail, try build(root, caches: nil, previous: first.record))
  }

  /// The entities page shows every entity, the grid every row of the matrix: a component's
  /// responsibility changes neither, so both are kept; an entity's purpose draws the entities page
  /// again, an authorization cell the grid, each equal to a full build.
  @Test func theEntitiesAndAuthorizationPagesAreKeptUntilWhatTheyShowChanges() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let (entities, grid) = (
      "parcel-tracking-pt0001/entities/index.html", "parcel-tracking-pt0001/authorization/index.html"
    )
    let (root, file, _, kept) = try buildAfterADetailEdit(in: folder, drawing: entities)
    #expect(kept.reused.contains(entities) && kept.reused.contains(grid))
    var previous = kept.record
    for (old, new, page) in [
      ("| A parcel from pickup to delivery |", "| A parcel on its way |", entities),
      ("| Label | None | None | Own: create, read |", "| Label | None | Read | Own: create, read |", grid),
    ] {
      let text = try String(contentsOfFile: file, encoding: .utf8)
      #expect(text.contains(old))
      try text.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: true, encoding: .utf8)
      let edited = try build(root, caches: nil, previous: previous)
      #expect(edited.files.contains { $0.path == page }, "\(page) after \(new)")
      let full = try build(root, caches: nil, previous: nil)
      #expect(edited.files.first { $0.path == page }?.data == full.files.first { $0.path == page }?.data)
      previous = edited.record
    }
  }

  /// The A-Z index lists names, what they are and who mentions them: a component's responsibility
  /// changes none of that, so the index is kept; a renamed component changes it.
  @Test func theNameIndexIsKeptWhenOnlyAnElementsDetailsChange() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let index = "parcel-tracking-pt0001/az.html"
    let (root, file, detail, kept) = try buildAfterADetailEdit(in: folder, drawing: index)
    #expect(kept.reused.contains(index))
    #expect(!kept.files.contains { $0.path == index })
    #expect(kept.files.contains { $0.path == "parcel-tracking-pt0001/components/billing-service.html" })

    try detail.replacingOccurrences(of: "| Billing Service |", with: "| Invoice Service |")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let renamed = try build(root, caches: nil, previous: kept.record)
    #expect(renamed.files.contains { $0.path == index })
  }

  /// The festival home shows the system's names, relations and drawings, its documents' statuses and
  /// each endpoint's method and path, not an element's details: a responsibility edit keeps it, an
  /// endpoint's new path or the contract document's status draws it again, as a full build would.
  @Test func theFestivalHomeIsKeptWhenOnlyAnElementsDetailsChange() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let home = "parcel-tracking-pt0001/index.html"
    let (root, file, detail, kept) = try buildAfterADetailEdit(in: folder, drawing: home)
    #expect(kept.reused.contains(home))

    let path = detail.replacingOccurrences(of: "`/v1/shipments`", with: "`/v2/shipments`")
    let status = path.replacingOccurrences(of: "created: '2026-10-02'", with: "status: completed")
    #expect(path != detail && status != path)
    let (rendered, _) = try editInTurn(root: root, file: file, versions: [detail, path, status, detail])
    #expect(rendered.count == 4)
  }

  /// Messages of a protobuf file are entities whose fields their neighbours' data models draw: each
  /// field's comment, type and name changed in turn, after two related messages are added.
  @Test func incrementalBuildsAfterProtobufFieldEditsEqualFullBuilds() throws {
    let path = "festivals/active/carrier-webhooks-CW0002/002_PLAN/contracts/tracking_ingest.proto"
    let original = try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/contract-sources/" + path),
      encoding: .utf8)
    // Two messages that refer to each other, so each one's page draws the other's fields.
    let related = """

      message Consignment {
        string consignment_id = 1;
        Checkpoint last_checkpoint = 2;
      }

      message Checkpoint {
        string checkpoint_id = 1;
        string depot = 2;
      }
      """
    var lines = (original + related).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let fields = lines.indices.filter { lines[$0].hasPrefix("  ") && lines[$0].contains(" = ") }
    #expect(fields.count >= 8)
    var versions = [lines.joined(separator: "\n")]
    for (number, index) in fields.enumerated() {
      switch number % 3 {
      case 0: lines[index] += " // edited"
      case 1: lines[index] = lines[index].replacingOccurrences(of: "string ", with: "bytes ")
      default: lines[index] = lines[index].replacingOccurrences(of: " = ", with: "_edited = ")
      }
      versions.append(lines.joined(separator: "\n"))
    }
    _ = try editInTurn(fixture: "contract-sources", file: path, versions: versions)
  }
}
