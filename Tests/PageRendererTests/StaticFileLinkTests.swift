import ContentReader
import FestivalModel
import Foundation
import SiteBuild
import SitePlan
import Testing

@testable import PageRenderer

/// Images and links that name a file of `static/`, relative to their document, lead to the copy the site
/// keeps at the same path; any other local image stands as its alt text, with a warning that says why.
@Suite struct StaticFileLinkTests {
  static let overview = """
    # Festival Overview: F

    ![Architecture](../static/arch.png "The whole system")

    [The spec](../static/spec.pdf#page=2)

    ![Missing](../static/none.png)

    ![Beside the document](arch.png)

    ![Script](javascript:alert(1))

    ![Escape "quotes" & <tags>](../static/a%20b.svg)
    """

  /// A build of `files`; with `previous`, an incremental one that keeps pages whose inputs are unchanged.
  func render(_ files: [String: String], previous: RenderRecord? = nil) -> BuildContext {
    let inventory = ContentReader.read(files: files.mapValues { Data($0.utf8) })
    return try! BuildContext.site(of: inventory, source: "test", previous: previous) { $0.keepsRecord = true }
  }

  func overviewPage(_ build: BuildContext) -> String? {
    build.pages["f/docs/festival-overview.html"]
  }

  let files = [
    "f/FESTIVAL_OVERVIEW.md": overview, "static/arch.png": "png", "static/spec.pdf": "pdf",
    "static/a b.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
  ]

  @Test func imagesAndLinksOfStaticLeadToTheirCopies() throws {
    let build = render(files)
    let html = try #require(overviewPage(build))
    let root = RelativeURL.root(from: "f/docs/festival-overview.html")
    #expect(
      html.contains(
        "<img src=\"\(root)static/arch.png\" alt=\"Architecture\" title=\"The whole system\" loading=\"lazy\">"
      ))
    #expect(html.contains("<a href=\"\(root)static/spec.pdf#page=2\">The spec</a>"))
    #expect(
      html.contains(
        "<img src=\"\(root)static/a%20b.svg\" alt=\"Escape &quot;quotes&quot; &amp; &lt;tags&gt;\""))
    #expect(build.pages["static/arch.png"] != nil)
    #expect(!html.contains("javascript:"))
    #expect(
      html.contains("<span class=\"image-alt\" title=\"image not included in the site\">Missing</span>"))
  }

  @Test func otherImagesSayWhyTheyAreMissing() {
    let said = render(files).diagnostics.filter { $0.rule.id.hasPrefix("links.") }.map {
      "\($0.location?.line ?? 0) \($0.rule) \($0.message)"
    }
    #expect(said.contains("7 links.broken broken image: no file 'static/none.png' in static/"))
    #expect(
      said.contains(
        "9 links.broken broken image: image 'arch.png' is not under static/, the only folder the site copies files from"
      ))
    #expect(said.contains("11 links.unsafe image with a scheme that is never loaded is shown as text"))
    #expect(said.count == 3, "\(said)")
  }

  @Test func aPreviewDrawsThePageAgainWhenTheMissingImageArrives() throws {
    let first = render(files)
    var completed = files
    completed["static/none.png"] = "png"
    let second = render(completed, previous: first.rendered?.record)
    let html = try #require(overviewPage(second), "the page is rendered again, not kept")
    #expect(html.contains("static/none.png\" alt=\"Missing\""))
    #expect(second.diagnostics.count == first.diagnostics.count - 1)
    // Nothing changed: the page is kept.
    #expect(overviewPage(render(completed, previous: second.rendered?.record)) == nil)
  }
}
