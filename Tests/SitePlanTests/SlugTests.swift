import SitePlan
import Testing

@Suite struct SlugTests {
  @Test(arguments: [
    ("API Gateway", "api-gateway"),
    ("  Hello,   World!  ", "hello-world"),
    ("Ünïcödé Sèrvice", "unicode-service"),
    ("../../etc/passwd", "etc-passwd"),
    ("CON", "con-page"),
    ("lpt1", "lpt1-page"),
    ("★★★", "page"),
    ("POST /v1/shipments/{id}", "post-v1-shipments-id"),
  ])
  func slugs(text: String, slug: String) {
    #expect(Slugger.slug(text) == slug)
  }

  @Test func slugsAreAtMostEightyCharacters() {
    let slug = Slugger.slug(String(repeating: "abc ", count: 100))
    #expect(slug.count <= 80)
    #expect(!slug.hasSuffix("-"))
  }

  @Test func collisionsAreNumberedInSourceOrder() {
    var registry = SlugRegistry()
    #expect(registry.claim("User Service") == "user-service")
    #expect(registry.claim("user_service") == "user-service-2")
    #expect(registry.claim("User-Service!") == "user-service-3")
    #expect(registry.claim("Other") == "other")
    var root = SlugRegistry(reserved: ["index"])
    #expect(root.claim("Index") == "index-2")
  }

  @Test func relativeLinksBetweenPages() {
    #expect(RelativeURL.link(from: "f/components/a.html", to: "f/components/b.html") == "b.html")
    #expect(RelativeURL.link(from: "f/components/a.html", to: "f/index.html") == "../index.html")
    #expect(RelativeURL.link(from: "f/components/a.html", to: "index.html") == "../../index.html")
    #expect(RelativeURL.link(from: "index.html", to: "f/docs/x/y.html") == "f/docs/x/y.html")
    #expect(RelativeURL.link(from: "f/docs/x/y.html", to: "g/index.html") == "../../../g/index.html")
    #expect(RelativeURL.root(from: "f/components/a.html") == "../../")
  }

  /// The byte-wise link against the plain segment-wise rule it replaced, over paths that share
  /// prefixes in every way (same folder, a folder named like a file, one inside the other).
  @Test func relativeLinksAgreeWithTheSegmentRule() {
    func bySegments(from: String, to: String) -> String {
      let fromFolders = from.split(separator: "/").dropLast()
      let toParts = to.split(separator: "/")
      var common = 0
      while common < fromFolders.count && common < toParts.count - 1 && fromFolders[common] == toParts[common]
      {
        common += 1
      }
      let joined =
        (Array(repeating: "..", count: fromFolders.count - common) + toParts[common...].map(String.init))
        .joined(separator: "/")
      return joined.isEmpty ? "index.html" : joined
    }
    let parts = ["a", "ab", "a.html", "b", "index.html", "é"]
    var paths: [String] = ["", "a/", "a/b/"]
    for first in parts {
      paths.append(first)
      for second in parts {
        paths.append(first + "/" + second)
        for third in parts.prefix(3) { paths.append(first + "/" + second + "/" + third) }
      }
    }
    for from in paths where !from.isEmpty && !from.hasSuffix("/") {
      for to in paths {
        #expect(RelativeURL.link(from: from, to: to) == bySegments(from: from, to: to), "\(from) -> \(to)")
      }
    }
  }

  /// Resolving a written link, against the segment rule it replaced, and back: a link made by `link`
  /// resolves to where it points.
  @Test func resolvingAgreesWithTheSegmentRuleAndUndoesLink() {
    func bySegments(_ path: String, from page: String) -> String {
      var parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
      for part in path.split(separator: "/", omittingEmptySubsequences: false) {
        switch part {
        case "..": if !parts.isEmpty { parts.removeLast() }
        case ".", "": continue
        default: parts.append(String(part))
        }
      }
      return parts.joined(separator: "/")
    }
    let pages = ["index.html", "f/index.html", "f/components/a.html", "f/docs/x/y/z.html", "é/ü.html"]
    let hrefs = [
      "b.html", "../b.html", "../../b.html", "../../../../x.html", "./a/./b.html", "a//b.html", "..", ".",
      "x/../y.html", "...html", "..a/b", "a/..", "ü/../é.html",
    ]
    for page in pages {
      for href in hrefs {
        #expect(
          RelativeURL.resolve(href, from: page).path == bySegments(href, from: page), "\(href) on \(page)")
      }
      for target in pages {
        #expect(RelativeURL.resolve(RelativeURL.link(from: page, to: target), from: page).path == target)
      }
    }
    #expect(RelativeURL.resolve("a.html#top", from: "f/x.html") == ("f/a.html", "top"))
    #expect(RelativeURL.resolve("#top", from: "f/x.html") == ("f/x.html", "top"))
  }
}
