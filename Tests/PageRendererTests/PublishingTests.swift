import Foundation
import Testing

@testable import PageRenderer

/// `festdoc.yml`'s title, footer, logo and repository pattern, and the base URL's canonical links and
/// sitemap; strings in scripts.
@Suite struct PublishingTests {
  let site = SampleSite.shared
  let festival = SampleSite.festival

  @Test func theConfigurationReachesEveryPage() {
    let home = site.page("index.html")
    #expect(home.contains("<title>Festivals · Parcel Tracking contracts</title>"))
    #expect(
      home.contains("<p>Internal documentation of the Parcel Tracking teams. Ask in #parcel-platform.</p>"))
    #expect(home.contains("<img class=\"site-logo\" src=\"static/logo.svg\" alt=\"\">"))
    #expect(site.files["static/logo.svg"]?.hasPrefix("<svg") == true)
    let component = site.page("\(festival)/components/billing-service.html")
    #expect(component.contains("src=\"../../static/logo.svg\""))
    #expect(
      component.contains(
        "<a class=\"view-source\" href=\"https://git.example.com/logistics/parcel-tracking/blob/main/Content/festivals/active/parcel-tracking-PT0001/COMMON_INTERFACES.md#L42\">View source</a>"
      ))
  }

  @Test func aBaseURLAddsCanonicalLinksAndASitemap() throws {
    let component = site.page("\(festival)/components/billing-service.html")
    #expect(
      component.contains(
        "<link rel=\"canonical\" href=\"https://contracts.example.com/parcel/\(festival)/components/billing-service.html\">"
      ))
    let sitemap = try #require(site.files["sitemap.xml"])
    #expect(sitemap.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"))
    let pages = site.plan.pages.filter { $0.path != "404.html" }
    #expect(sitemap.components(separatedBy: "<url><loc>").count - 1 == pages.count)
    #expect(sitemap.contains("<loc>https://contracts.example.com/parcel/\(festival)/review.html</loc>"))
    #expect(!sitemap.contains("404.html"))
    // Without a base URL there is neither.
    let plain = try SampleSite(root: "Tests/Fixtures/anomalies")
    #expect(plain.files["sitemap.xml"] == nil)
    #expect(!(plain.files["acme/index.html"] ?? "").contains("rel=\"canonical\""))
  }

  @Test func scriptStringsCannotCloseAScriptElement() {
    #expect(
      JavaScriptLiteral.string("</script><b>\"x\"&\n") == #""\u003c/script\u003e\u003cb\u003e\"x\"\u0026\n""#)
  }

  @Test func scriptStringsEscapeLineSeparatorsAndControlsAndKeepOtherText() {
    #expect(JavaScriptLiteral.string("a\u{2028}b\u{2029}c\u{1F}\\") == #""a\u2028b\u2029c\u001f\\""#)
    // Other three-byte characters starting E2 80 stay as they are: "…" and "–".
    #expect(JavaScriptLiteral.string("é … – 😀 \u{2027}") == "\"é … – 😀 \u{2027}\"")
    #expect(JavaScriptLiteral.string("") == "\"\"")
    #expect(JavaScriptLiteral.string("\u{E2}") == "\"\u{E2}\"")
  }
}
