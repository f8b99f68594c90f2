import ContentReader
import FestivalModel
import Foundation
import MarkupSafety
import PageRenderer
import SiteBuild
import SitePlan
import TestSupport
import Testing

@testable import SingleFileExport

/// The sample festival exported as one file: self-contained, every link landing on a section.
@Suite struct SingleFileExportTests {
  static let exported: (html: String, plan: SitePlan) = {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample")
    let build = try! BuildContext.site(at: root, jobs: 2) { $0.rendersSections = true }
    return (
      SingleFileExport.assemble(
        files: build.rendered!.files, sections: build.rendered!.sections, plan: build.plan!,
        theme: try! Theme.load(overlay: nil),
        siteTitle: build.model!.siteTitle, version: "test"), build.plan!
    )
  }()

  var html: String { Self.exported.html }

  static func values(_ attribute: String, in html: String) -> [String] {
    html.components(separatedBy: " \(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
  }

  @Test func everyPageIsASection() {
    for page in Self.exported.plan.pages where page.kind != .notFound {
      #expect(
        html.contains("<section class=\"single-page\" id=\"\(SectionID.of(page.path))\">"), "\(page.path)")
    }
    #expect(SectionID.of("shop/components/cart-api.html") == "page-shop--components--cart-api")
  }

  @Test func nothingIsLoadedFromBesideTheFile() {
    #expect(!html.contains("<link rel=\"stylesheet\""))
    #expect(!html.contains("<script src"))
    #expect(html.contains("url(\"data:font/woff2;base64,"))
    for source in Self.values("src", in: html) {
      #expect(source.hasPrefix("data:image/"), "\(source)")
    }
    #expect(html.contains("<img class=\"site-logo\"") == false)  // the header is the file's own
    #expect(html.contains("<svg"))
  }

  @Test func imagesOfStaticBecomeDataURLs() {
    let files = [
      "f/FESTIVAL_OVERVIEW.md": "# Festival Overview: F\n\nText.\n\n![Plan](../static/the%20plan.svg)\n",
      "static/the plan.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    ]
    let build = try! BuildContext.site(
      of: ContentReader.read(files: files.mapValues { Data($0.utf8) }), source: "test"
    ) { $0.rendersSections = true }
    let single = SingleFileExport.assemble(
      files: build.rendered!.files, sections: build.rendered!.sections, plan: build.plan!,
      theme: try! Theme.load(overlay: nil), siteTitle: "T",
      version: "test")
    let encoded = Data(files["static/the plan.svg"]!.utf8).base64EncodedString()
    #expect(
      single.contains("<img src=\"data:image/svg+xml;base64,\(encoded)\" alt=\"Plan\" loading=\"lazy\">"))
  }

  @Test func everyLinkLandsOnASectionOrAnAnchorInTheFile() {
    let ids = Set(Self.values("id", in: html))
    var checked = 0
    for href in Self.values("href", in: html) {
      let value = HTMLEscaping.unescape(href)
      if value.hasPrefix("https://") || value.hasPrefix("http://") || value.hasPrefix("mailto:") { continue }
      #expect(value.hasPrefix("#"), "\(value)")
      #expect(ids.contains(String(value.dropFirst())), "\(value) names no id")
      checked += 1
    }
    #expect(checked > 1_000)
  }

  @Test func theSearchIndexIsInlineWithSectionLinks() throws {
    let start = try #require(html.range(of: "<script>festdocSearch(\"map\""))
    let index = html[start.upperBound...]
    let chunk = try #require(index.range(of: "festdocSearch(\"d0\",[\n"))
    let titles = index[chunk.upperBound...].prefix(1_000)
    #expect(titles.contains("\",\"#page-"))
    #expect(!titles.contains(".html\""))
    #expect(index.contains("festdocSearch(\"s0\",[\n"))
  }

  @Test func noScriptCanBeClosedFromInside() throws {
    // Each inline script runs to its own `</script>`: its text has no other `</`.
    var rest = html[...]
    var scripts = 0
    while let open = rest.range(of: "<script>") {
      let close = try #require(rest.range(of: "</script>", range: open.upperBound..<rest.endIndex))
      #expect(!rest[open.upperBound..<close.lowerBound].contains("</"))
      scripts += 1
      rest = rest[close.upperBound...]
    }
    #expect(scripts == 3)
    #expect(SingleFileExport.inline("a</script><!--b") == "a<\\/script><\\!--b")
  }

  @Test func linksToPagesBecomeSectionLinksAndOtherFilesAreDropped() {
    let rewriter = PageRewriter(
      pagePath: "f/components/a.html", sectionID: "page-f--components--a",
      pages: ["f/components/a.html", "f/components/b.html", "f/interfaces.html"], images: [:])
    #expect(rewriter.link("b.html") == "#page-f--components--b")
    #expect(rewriter.link("../interfaces.html#op-x") == "#page-f--interfaces--op-x")
    #expect(rewriter.link("#used-by") == "#page-f--components--a--used-by")
    #expect(rewriter.link("a-diagram-1.svg") == nil)
    #expect(rewriter.link("javascript:alert(1)") == nil)
    #expect(rewriter.link("https://example.org/") == "https://example.org/")
    let html = rewriter.rewrite(
      "<h2 id=\"used-by\">U</h2><a href=\"b.html\">B</a> <a href=\"a-diagram-1.svg\" download>SVG</a>"
        + "<svg><marker id=\"m1\"/><a href=\"b.html\"><g/></a><a href=\"x.svg\"><g/></a></svg>")
    #expect(
      html
        == "<h2 id=\"page-f--components--a--used-by\">U</h2><a href=\"#page-f--components--b\">B</a> "
        + "<span class=\"single-dropped-link\">SVG</span><svg><marker id=\"m1\"/>"
        + "<a href=\"#page-f--components--b\"><g/></a><g><g/></g></svg>")
  }

  @Test func aHostileFestivalReachesTheFileOnlyAsText() throws {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/hostile")
    let build = try BuildContext.site(at: root, jobs: 2) { $0.rendersSections = true }
    let html = SingleFileExport.assemble(
      files: try #require(build.rendered).files, sections: try #require(build.rendered).sections,
      plan: try #require(build.plan),
      theme: try! Theme.load(overlay: nil), siteTitle: build.model!.siteTitle, version: "test")
    #expect(html.components(separatedBy: "<script").count - 1 == 3)
    #expect(html.components(separatedBy: "<script>").count - 1 == 3)
    let tags = try NSRegularExpression(pattern: #"<[a-zA-Z][^>]*>"#)
    let text = html as NSString
    for match in tags.matches(in: html, range: NSRange(location: 0, length: text.length)) {
      let tag = text.substring(with: match.range).lowercased()
      #expect(tag.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(tag)")
      for value in Self.values("href", in: tag) + Self.values("src", in: tag) {
        let cleaned = HTMLEscaping.unescape(value).filter { !$0.isWhitespace }
        #expect(!cleaned.hasPrefix("javascript:") && !cleaned.hasPrefix("vbscript:"), "\(tag)")
        #expect(!cleaned.hasPrefix("data:") || cleaned.hasPrefix("data:image/"), "\(tag)")
      }
    }
    #expect(html.contains("Evil &lt;script&gt;alert(&quot;h1&quot;)&lt;/script&gt;"))
  }
}
