import Foundation
import PageRenderer
import SiteBuild
import SiteWriter
import TestSupport
import Testing

/// `festdoc build` hands each page to its staging folder as soon as it is laid out; the site must be
/// the one the write step makes from the whole result.
@Suite struct StreamedSiteTests {
  func build(_ fixture: String, into output: URL, streamed: Bool, previous: Bool = false) throws -> [String] {
    let content = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/" + fixture)
    var context = BuildContext(settings: BuildSettings(content: content, jobs: 2, version: "test"))
    if previous {
      context.previous = FileManager.default.contents(
        atPath: output.appendingPathComponent(RenderRecord.path).path
      ).flatMap(RenderRecord.decode)
      #expect(context.previous != nil)
    }
    if streamed { context.staging = try SiteStaging(output: output) }
    defer { context.staging?.abandon() }
    try SiteBuild.run(SiteBuild.site + [SiteBuild.write(to: output)], &context)
    return context.rendered!.files.map(\.path)
  }

  func tree(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
      var isFolder: ObjCBool = false
      let full = folder.appendingPathComponent(path).path
      if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
        files[path] = FileManager.default.contents(atPath: full)
      }
    }
    return files
  }

  @Test(arguments: ["sample", "site", "contract-sources"])
  func streamedPagesMakeTheSameSite(fixture: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let whole = folder.url.appendingPathComponent("whole")
    let streamed = folder.url.appendingPathComponent("streamed")
    let wholeFiles = try build(fixture, into: whole, streamed: false)
    let streamedFiles = try build(fixture, into: streamed, streamed: true)
    // Only the site-wide files are left in the result; the pages went out as they were made.
    #expect(streamedFiles.count < wholeFiles.count)
    #expect(!streamedFiles.contains { $0.hasSuffix(".html") && $0 != "404.html" && $0 != "index.html" })
    let (expected, actual) = (try tree(whole), try tree(streamed))
    #expect(expected.keys.sorted() == actual.keys.sorted())
    #expect(expected.keys.filter { expected[$0] != actual[$0] }.sorted() == [])
    // An incremental build over the streamed site keeps its pages by hard link and still agrees.
    _ = try build(fixture, into: streamed, streamed: true, previous: true)
    _ = try build(fixture, into: whole, streamed: false, previous: true)
    #expect(try tree(streamed) == tree(whole))
  }
}
