import Foundation
import MarkupSafety
import Testing

@testable import PageRenderer

/// `Tests/Fixtures/hostile`: script tags, event handlers, `javascript:`, `vbscript:` and `data:` URLs,
/// `</style>`, `</script>`, quotes and `&` in every place a festival string can go (table cells,
/// headings, names, node labels and ids, `click` targets, `classDef` and `style`, front matter, file
/// names, festdoc.yml). None of it may reach a page, an SVG, a script or the sitemap as markup or code.
@Suite struct HostileFestivalTests {
  let site = try! SampleSite(root: "Tests/Fixtures/hostile")

  /// Every start tag of a page or drawing.
  static func tags(_ text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: #"<[a-zA-Z][^>]*>"#)
    let range = NSRange(location: 0, length: (text as NSString).length)
    return regex.matches(in: text, range: range).map { (text as NSString).substring(with: $0.range) }
  }

  static let ownScripts = try! NSRegularExpression(
    pattern: #"^<script src="(\.\./)*(assets/theme\.js|assets/festdoc\.js|([a-z0-9-]+/)?nav\.js)"( defer)?>$"#
  )

  @Test func theFixtureReachesEveryKindOfPage() {
    let paths = Set(site.files.keys)
    for expected in [
      "evil-fest/components/web-app-script-alert-c1-script.html", "evil-fest/authorization/index.html",
      "evil-fest/events/order-script-placed.html", "evil-fest/queues/orders-placed-svg-onload-alert-1.html",
      "evil-fest/interfaces-diagram-1.svg", "evil-fest/interfaces-diagram-2.svg", "evil-fest/nav.js",
      "search/map.js", "evil-fest/docs/001-plan/01-scope/01-img-src-x-onerror-alert-8.html",
    ] {
      #expect(paths.contains(expected), "\(expected)")
    }
    // The strings are there, as text.
    let overview = site.page("evil-fest/docs/festival-overview.html")
    #expect(
      overview.contains("Evil &lt;script&gt;alert(&quot;h1&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
  }

  @Test func noPageOrDrawingCarriesAForeignScriptOrHandler() {
    for (path, text) in site.files where path.hasSuffix(".html") || path.hasSuffix(".svg") {
      for tag in Self.tags(text) {
        let lower = tag.lowercased()
        if lower.hasPrefix("<script") {
          let range = NSRange(location: 0, length: (tag as NSString).length)
          #expect(Self.ownScripts.firstMatch(in: tag, range: range) != nil, "\(path): \(tag)")
        }
        #expect(lower.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(path): \(tag)")
        for forbidden in ["<iframe", "<object", "<embed", "<img src=x", "<svg onload", "<b onmouseover"] {
          #expect(!lower.hasPrefix(forbidden), "\(path): \(tag)")
        }
        for attribute in ["href", "src", "xlink:href", "action", "formaction"] {
          guard let value = Self.attribute(attribute, in: tag) else { continue }
          let cleaned = HTMLEscaping.unescape(value).lowercased().filter { !$0.isWhitespace && !$0.isNewline }
          for scheme in ["javascript:", "vbscript:", "data:"] {
            #expect(!cleaned.hasPrefix(scheme), "\(path): \(tag)")
          }
        }
      }
      // A style element holds only the theme's own rules.
      var rest = text[...]
      while let open = rest.range(of: "<style>") {
        let body = rest[open.upperBound...].prefix { $0 != "<" }
        #expect(!body.contains("javascript") && !body.contains("alert"), "\(path): style \(body.prefix(80))")
        rest = rest[open.upperBound...]
      }
    }
  }

  @Test func scriptsAndTheSitemapCarryTextOnlyAsEscapedStrings() {
    for (path, text) in site.files where path.hasSuffix(".js") && !path.hasPrefix("assets/") {
      #expect(!text.contains("<") && !text.contains(">"), "\(path)")
      // Every quote inside a string literal is escaped: the file is a single call with literals.
      #expect(text.hasPrefix("festdocNavigation(") || text.hasPrefix("festdocSearch("), "\(path)")
    }
    let search = site.files.filter { $0.key.hasPrefix("search/d") }.values
    #expect(search.contains { $0.contains(#"Web \"App\" \u003cscript\u003ealert('c1')"#) })
  }

  @Test func theSiteSettingsAreEscapedAndUnsafeURLsDropped() {
    let home = site.page("index.html")
    #expect(home.contains("<title>Festivals · Contracts &lt;/title&gt;&lt;script&gt;alert(&#39;title&#39;)"))
    #expect(home.contains("<p>Footer &lt;img src=x onerror=alert(&#39;footer&#39;)&gt; &amp; co</p>"))
    #expect(!home.contains("site-logo"))
    #expect(!home.contains("view-source"))
    #expect(!home.contains("rel=\"canonical\""))
    #expect(site.files["sitemap.xml"] == nil)
  }

  @Test func hostileNamesBecomeSafePaths() {
    for path in site.files.keys where !path.hasPrefix("assets/") {
      #expect(path.range(of: #"^[a-z0-9./_-]+$"#, options: .regularExpression) != nil, "\(path)")
      #expect(!path.split(separator: "/").contains(".."), "\(path)")
      #expect(path.split(separator: "/").allSatisfy { $0.count <= 100 }, "\(path)")
    }
    #expect(site.files["evil-fest/components/etc-passwd.html"] != nil)
    #expect(site.files["evil-fest/components/con-page.html"] != nil)
  }

  private static func attribute(_ name: String, in tag: String) -> String? {
    guard let range = tag.range(of: " \(name)=\"") else { return nil }
    return String(tag[range.upperBound...].prefix { $0 != "\"" })
  }
}
