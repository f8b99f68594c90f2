import Foundation
import TestSupport
import Testing

/// `festdoc serve` as a user runs it: over HTTP on an ephemeral port, with edits to a copy of the sample.
@Suite(.serialized) struct ServeCommandTests {
  static let task =
    "festivals/active/parcel-tracking-PT0001/003_IMPLEMENT/01_core_services/01_shipment_service.md"
  static let contract = "festivals/active/parcel-tracking-PT0001/COMMON_INTERFACES.md"

  func workspace() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.copyFixture("sample")
    return folder
  }

  @Test func servesTheSiteSafely() throws {
    let folder = try workspace()
    defer { folder.remove() }
    let serve = try ServeProcess([folder.path("content"), "--output", folder.path("site")])
    defer { serve.stop() }
    let http = HTTPProbe(port: serve.port)

    let home = try http.request("/")
    #expect(home.status == 200)
    #expect(home.headers["content-type"] == "text/html; charset=utf-8")
    #expect(home.body.contains("<script src=\"/__festdoc/live.js\"></script></body>"))
    #expect(try http.request("/assets/style.css").headers["content-type"] == "text/css; charset=utf-8")
    #expect(try http.request("/search/map.js").headers["content-type"] == "text/javascript; charset=utf-8")
    #expect(try http.request("/__festdoc/live.js").body.contains("EventSource"))
    let svg = try http.request("/parcel-tracking-pt0001/components/shipment-service-diagram-1.svg")
    #expect(svg.status == 200 && svg.headers["content-type"] == "image/svg+xml")

    let folderWithoutSlash = try http.request("/parcel-tracking-pt0001")
    #expect(folderWithoutSlash.status == 301)
    #expect(folderWithoutSlash.headers["location"] == "/parcel-tracking-pt0001/")
    #expect(try http.request("/parcel-tracking-pt0001/").status == 200)

    let missing = try http.request("/no-such-page.html")
    #expect(missing.status == 404)
    #expect(missing.body.contains("<!DOCTYPE html>"), "the site's own 404 page")

    // Outside the site: traversal, encoded or not, and a link planted in the site pointing out.
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("site/leak.md"), withDestinationPath: folder.path("content/" + Self.task))
    for path in [
      "/../content/\(Self.task)", "/%2e%2e/content/\(Self.task)", "/..%2Fcontent%2F\(Self.task)",
      "/assets/..%5c..%5ccontent", "/leak.md", "/.festdoc/record", "/.festdoc-site",
    ] {
      let reply = try http.request(path)
      #expect(reply.status == 404, "\(path) answered \(reply.status)")
      #expect(!reply.body.contains("Shipment Service"), "\(path)")
    }

    let head = try http.request("/index.html", method: "HEAD")
    #expect(head.status == 200)
    #expect(head.body.isEmpty)
    #expect(Int(head.headers["content-length"] ?? "") == home.body.utf8.count)
    let tag = try #require(home.headers["etag"])
    #expect(try http.request("/", headers: ["If-None-Match": tag]).status == 304)
    #expect(try http.request("/", headers: ["If-None-Match": "\"other\""]).status == 200)
    let modified = try #require(home.headers["last-modified"])
    #expect(try http.request("/", headers: ["If-Modified-Since": modified]).status == 304)
    #expect(try http.request("/", method: "POST").status == 405)
  }

  @Test func anEditReloadsTheOpenTabAndAFailingEditShowsTheOverlay() throws {
    let folder = try workspace()
    defer { folder.remove() }
    let serve = try ServeProcess([folder.path("content")])
    defer { serve.stop() }
    let http = HTTPProbe(port: serve.port)
    let page = "/parcel-tracking-pt0001/docs/003-implement/01-core-services/01-shipment-service.html"
    let events = try http.events()
    defer { events.close() }
    #expect(events.waitFor("festdoc live reload"))

    let taskFile = folder.path("content/" + Self.task)
    let text = try String(contentsOfFile: taskFile, encoding: .utf8)
    try (text + "\nA sentence written while serving.\n").write(
      toFile: taskFile, atomically: true, encoding: .utf8)
    #expect(events.waitFor("event: reload"))
    #expect(try http.request(page).body.contains("A sentence written while serving."))
    #expect(serve.waitFor { $0.contains("rendered)") && $0.split(separator: "\n").count >= 3 })

    // Two components with one name: an error. The last good site stays; the tab shows why.
    let contractFile = folder.path("content/" + Self.contract)
    let contract = try String(contentsOfFile: contractFile, encoding: .utf8)
    let broken = contract.replacingOccurrences(
      of: "| Billing Service | Rates, invoices, payments |",
      with: "| Shipment Service | Rates, invoices, payments |")
    try broken.write(toFile: contractFile, atomically: true, encoding: .utf8)
    #expect(events.waitFor("event: diagnostics"))
    #expect(events.received.contains("[duplicates.name]"))
    #expect(serve.waitFor { $0.contains("Kept the last good site") })
    #expect(try http.request("/parcel-tracking-pt0001/components/billing-service.html").status == 200)
    // A tab opened now gets the overlay at once.
    let late = try http.events()
    defer { late.close() }
    #expect(late.waitFor("[duplicates.name]"))

    try contract.write(toFile: contractFile, atomically: true, encoding: .utf8)
    #expect(late.waitFor("event: reload"))
  }

  /// A copy of the sample served into `site`, with a tab's event stream open once the first build
  /// has loaded.
  func serving(
    _ body: (_ folder: TemporaryFolder, _ site: String, _ serve: ServeProcess, _ events: HTTPProbe.Events)
      throws -> Void
  ) throws {
    let folder = try workspace()
    defer { folder.remove() }
    let site = folder.path("site")
    let serve = try ServeProcess([folder.path("content"), "-o", site])
    defer { serve.stop() }
    let events = try HTTPProbe(port: serve.port).events()
    defer { events.close() }
    #expect(events.waitFor("festdoc live reload"))
    try body(folder, site, serve, events)
  }

  /// Whether `condition` holds within 20 seconds.
  func eventually(_ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      if condition() { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return condition()
  }

  /// A file's inode and modification time.
  func attributes(_ path: String) throws -> (inode: Int, modified: Date) {
    let values = try FileManager.default.attributesOfItem(atPath: path)
    return ((values[.systemFileNumber] as? Int) ?? -1, (values[.modificationDate] as? Date) ?? .distantPast)
  }

  func append(_ text: String, to path: String, in folder: TemporaryFolder) throws {
    let file = folder.path("content/" + path)
    try (try String(contentsOfFile: file, encoding: .utf8) + text).write(
      toFile: file, atomically: true, encoding: .utf8)
  }

  /// After the first build serve changes its folder in place: unchanged pages keep their inode and
  /// time, removed pages go, nothing half-written is left, and the folder equals a full build's.
  @Test func theServedFolderChangesInPlaceAndEqualsAFullBuild() throws {
    try serving { folder, site, serve, events in
      let component = site + "/parcel-tracking-pt0001/components/billing-service.html"
      let before = (folder: try attributes(site), component: try attributes(component))
      try append("\nWritten in place.\n", to: Self.task, in: folder)
      #expect(events.waitFor("event: reload"))
      let after = (folder: try attributes(site), component: try attributes(component))
      #expect(after.folder.inode == before.folder.inode)
      #expect(after.component.inode == before.component.inode)
      #expect(after.component.modified == before.component.modified)

      // A page fewer: the removed one is gone, the rest as a full build has them.
      let removed =
        "festivals/active/parcel-tracking-PT0001/003_IMPLEMENT/01_core_services/02_tracking_service.md"
      let removedPage =
        site + "/parcel-tracking-pt0001/docs/003-implement/01-core-services/02-tracking-service.html"
      #expect(FileManager.default.fileExists(atPath: removedPage))
      try FileManager.default.removeItem(atPath: folder.path("content/" + removed))
      #expect(serve.waitFor { $0.components(separatedBy: "rendered)").count > 3 })
      #expect(!FileManager.default.fileExists(atPath: removedPage))
      let page = "parcel-tracking-pt0001/docs/003-implement/01-core-services/01-shipment-service.html"
      #expect(try String(contentsOfFile: site + "/" + page, encoding: .utf8).contains("Written in place."))
      // The record is written again once the preview is idle, so a later build of the folder is
      // incremental; stopping waits for it.
      #expect(eventually { FileManager.default.fileExists(atPath: site + "/.festdoc/record") })
      #expect(serve.stop() == 0)
      let served = FolderContents.files(under: URL(fileURLWithPath: site))
      #expect(served.keys.filter { $0.hasSuffix(".festdoc-new") }.isEmpty)
      let full = try FestdocProcess.run([
        "build", folder.path("content"), "-o", folder.path("full"), "--full", "-q",
      ])
      #expect(full.status == 0)
      let built = FolderContents.files(under: folder.url.appendingPathComponent("full"))
      #expect(built["index.html"] != nil)
      #expect(Set(served.keys) == Set(built.keys))
      #expect(served.keys.sorted().filter { served[$0] != built[$0] } == [])
    }
  }

  @Test func aContractEditWritesOnlyThePagesWhoseBytesChanged() throws {
    try serving { folder, site, _, events in
      let component = site + "/parcel-tracking-pt0001/components/billing-service.html"
      let interfaces = site + "/parcel-tracking-pt0001/interfaces.html"
      let before = (component: try attributes(component), interfaces: try attributes(interfaces))
      // Every page's inputs include the contract, so every page is rendered again; a closing sentence
      // changes the interface document's page only.
      try append("\nA closing sentence.\n", to: Self.contract, in: folder)
      #expect(events.waitFor("event: reload"))
      #expect(try attributes(component).inode == before.component.inode)
      #expect(try attributes(interfaces).inode != before.interfaces.inode)
      #expect(try String(contentsOfFile: interfaces, encoding: .utf8).contains("A closing sentence."))
    }
  }

  @Test func aPageRemovedFromTheServedFolderIsWrittenAgain() throws {
    try serving { folder, site, _, _ in
      // Someone deletes a page the next build keeps: after its reload the site is built again whole.
      let component = site + "/parcel-tracking-pt0001/components/billing-service.html"
      try FileManager.default.removeItem(atPath: component)
      try append("\nEdited.\n", to: Self.task, in: folder)
      #expect(eventually { FileManager.default.fileExists(atPath: component) })
      // The same for a page drawn again with the bytes it had, which is not written either.
      try FileManager.default.removeItem(atPath: component)
      try append("\nA closing sentence.\n", to: Self.contract, in: folder)
      #expect(eventually { FileManager.default.fileExists(atPath: component) })
    }
  }

  @Test func refusesAnOutputFolderItDidNotCreate() throws {
    let folder = try workspace()
    defer { folder.remove() }
    try folder.write("mine\n", to: "precious/notes.txt")
    let result = try FestdocProcess.run([
      "serve", folder.path("content"), "--port", "0", "-o", folder.path("precious"),
    ])
    #expect(result.status == 2)
    #expect(result.standardError.contains("did not create"))
    #expect(try String(contentsOfFile: folder.path("precious/notes.txt"), encoding: .utf8) == "mine\n")
  }

  @Test func buildNeverAddsTheReloadScript() throws {
    let folder = try workspace()
    defer { folder.remove() }
    let result = try FestdocProcess.run(["build", folder.path("content"), "-o", folder.path("site"), "-q"])
    #expect(result.status == 0)
    let home = try String(contentsOfFile: folder.path("site/index.html"), encoding: .utf8)
    #expect(!home.contains("__festdoc"))
  }

  @Test func stopsOnInterruptAndRemovesItsTemporarySite() throws {
    let folder = try workspace()
    defer { folder.remove() }
    let serve = try ServeProcess([folder.path("content")])
    let temporary = NSTemporaryDirectory() + "/festdoc-serve-\(serve.pid)"
    #expect(FileManager.default.fileExists(atPath: temporary + "/site/index.html"))
    #expect(serve.stop() == 0)
    #expect(!FileManager.default.fileExists(atPath: temporary))
  }

}
