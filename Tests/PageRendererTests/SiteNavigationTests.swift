import Foundation
import Testing

@testable import PageRenderer

/// The sidebar script, breadcrumbs, "On this page" and heading anchors of the sample site.
@Suite struct SiteNavigationTests {
  let site = SampleSite.shared
  let festival = SampleSite.festival

  @Test func everyPageLoadsOneSharedNavigationScript() throws {
    for (path, html) in site.files where path.hasSuffix(".html") {
      let scripts = html.components(separatedBy: "nav.js\" defer></script>").count - 1
      #expect(scripts == 1, "\(path)")
    }
    let component = site.page("\(festival)/components/shipment-service.html")
    #expect(component.contains("<script src=\"../nav.js\" defer></script>"))
    #expect(
      component.contains("data-root=\"../../\" data-page=\"\(festival)/components/shipment-service.html\""))
    // The sidebar's entries live in the script: the page's sidebar holds only the fallback without it.
    let sidebar = try #require(
      component.range(of: "<nav id=\"sidebar\" class=\"sidebar\" aria-label=\"Site\">"))
    let sidebarEnd = try #require(
      component.range(of: "</nav>", range: sidebar.upperBound..<component.endIndex))
    let inside = component[sidebar.upperBound..<sidebarEnd.lowerBound].trimmingCharacters(
      in: .whitespacesAndNewlines)
    #expect(inside.hasPrefix("<noscript>") && inside.hasSuffix("</noscript>"))
    #expect(inside.components(separatedBy: "<a ").count - 1 == 2)
    #expect(site.page("index.html").contains("<script src=\"nav.js\" defer></script>"))
  }

  @Test func theFestivalScriptHoldsTheInterfaceSectionsThenThePlanInNumberOrder() throws {
    let script = try #require(site.files["\(festival)/nav.js"])
    #expect(script.hasPrefix("festdocNavigation({\"title\":\"Parcel Tracking Platform (PT0001)\""))
    let order = [
      "\"Common Interfaces: Parcel Tracking Platform\"", "\"Components\"", "\"Endpoints\"", "\"Entities\"",
      "\"Events\"", "\"Queues\"",
      "\"External systems\"", "\"Authorization\"", "\"Security\"", "\"Performance\"", "\"Errors\"",
      "\"t\":\"Plan\"", "\"001 PLAN\"", "\"002 DEFINE_INTERFACES\"", "\"003 IMPLEMENT\"",
      "\"004 REVIEW_AND_UAT\"",
      "\"Review dashboard\"", "\"A–Z index\"", "\"Build diagnostics\"",
    ]
    var position = script.startIndex
    for label in order {
      let found = try #require(script.range(of: label, range: position..<script.endIndex), "\(label)")
      position = found.upperBound
    }
    // Tasks sharing a number are one parallel group.
    #expect(script.contains("{\"t\":\"In parallel\",\"c\":[{\"t\":\"01 Shipment API\""))
    #expect(script.contains("\"p\":1"))
    // Every path the sidebar names is a page of the site.
    let paths = script.components(separatedBy: "\"u\":\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(paths.count > 40)
    for path in paths {
      #expect(site.files[String(path.split(separator: "#")[0])] != nil, "\(path)")
    }
  }

  @Test func headingsGetLinkIconsAndAnOutline() {
    let component = site.page("\(festival)/components/shipment-service.html")
    #expect(
      component.contains(
        "<h2 id=\"depends-on\">Depends on<a class=\"anchor\" href=\"#depends-on\" aria-label=\"Link to this section\">#</a></h2>"
      ))
    #expect(component.contains("<nav class=\"outline\" aria-label=\"On this page\">"))
    #expect(component.contains("<li><a href=\"#used-by\">Used by</a></li>"))
    #expect(component.contains("<li><a href=\"#referenced-by\">Referenced by</a></li>"))
    // The template's two "Step 10" headings get distinct anchors, both in the outline.
    let interfaces = site.page("\(festival)/interfaces.html")
    #expect(interfaces.contains("class=\"sub\"><a href=\"#"))
  }

  @Test func breadcrumbsLeadFromTheSiteToThePage() {
    let role = site.page("\(festival)/authorization/roles/admin.html")
    #expect(role.contains("<li><a href=\"../../../index.html\">Festivals</a></li>"))
    #expect(
      role.contains(
        "<li><a href=\"../index.html\">Authorization</a></li><li><span aria-current=\"page\">Admin</span></li>"
      ))
  }

  @Test func aSlugHandlesAmpersandsEmojiAndOtherScripts() {
    var slugger = HeadingSlugger()
    #expect(slugger.slug(for: "Errors & Retries") == "errors--retries")
    #expect(slugger.slug(for: "🚀 Launch") == "-launch")
    #expect(slugger.slug(for: "Сервис заказов") == "сервис-заказов")
    #expect(slugger.slug(for: "Step 10") == "step-10")
    #expect(slugger.slug(for: "Step 10") == "step-10-1")
  }
}
