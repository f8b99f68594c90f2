import Foundation
import PreviewServer
import TestSupport
import Testing

@Suite struct SitePathResolverTests {
  func site() throws -> TemporaryFolder {
    let folder = try TemporaryFolder(files: [
      "site/index.html": "<html><body>home</body></html>", "site/shop/index.html": "shop",
      "site/shop/a b.html": "space", "site/.festdoc/record": "x", "secret.txt": "outside",
    ])
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("site/leak.txt"), withDestinationPath: folder.path("secret.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("site/inside.html"), withDestinationPath: "index.html")
    return folder
  }

  @Test func servesFilesAndFolderIndexes() throws {
    let folder = try site()
    defer { folder.remove() }
    let resolver = SitePathResolver(root: folder.url.appendingPathComponent("site"))
    let real = folder.url.appendingPathComponent("site").resolvingSymlinksInPath().path
    #expect(resolver.resolve("/") == .file(real + "/index.html"))
    #expect(resolver.resolve("/shop/") == .file(real + "/shop/index.html"))
    #expect(resolver.resolve("/shop") == .redirect("/shop/"))
    #expect(resolver.resolve("/shop/a%20b.html?x=1") == .file(real + "/shop/a b.html"))
    #expect(resolver.resolve("/inside.html") == .file(real + "/index.html"))
    #expect(resolver.resolve("/missing.html") == .notFound)
  }

  @Test(arguments: [
    "/../secret.txt", "/shop/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
    "/..%2fsecret.txt",
    "/shop/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "/leak.txt",
    "/.festdoc/record",
    "/index.html%00.css", "relative.html", "/%zz",
  ])
  func refusesEverythingOutsideTheSite(_ path: String) throws {
    let folder = try site()
    defer { folder.remove() }
    #expect(SitePathResolver(root: folder.url.appendingPathComponent("site")).resolve(path) == .notFound)
  }
}
