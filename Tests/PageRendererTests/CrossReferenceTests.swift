import Foundation
import Markdown
import Testing

@testable import PageRenderer

/// Mentions, the A-Z index and "Referenced by".
@Suite struct CrossReferenceTests {
  let site = SampleSite.shared
  let festival = SampleSite.festival

  @Test func mentionsAreWholeWordsInAnyCaseOutsideCode() {
    let things = [
      NamedThing(name: "Shipment", kind: .entity, definition: "s/entities/shipment.html"),
      NamedThing(
        name: "Shipment Service", kind: .component, definition: "s/components/shipment-service.html"),
      NamedThing(
        name: "Create Shipment", kind: .endpoint, definition: "s/endpoints/post.html",
        alias: "POST /v1/shipments"),
      NamedThing(name: "id", kind: .field, definition: "s/interfaces.html#field-id"),
    ]
    let matcher = MentionMatcher(NameCatalog(things: things))
    #expect(matcher.mentions(in: "the shipment service calls") == [1])
    #expect(matcher.mentions(in: "one SHIPMENT, then shipments") == [0])
    #expect(matcher.mentions(in: "send post /v1/shipments now") == [2])
    #expect(matcher.mentions(in: "an id is too short to count") == [])
    let body: Markup =
      "<p>\(text: "Shipment")</p><pre>\(Markup.code("Shipment Service"))</pre><p>x \(Markup.code("create shipment"))</p>"
    #expect(matcher.mentions(in: body.text) == [0])
  }

  /// The markdown renderer writes down what a page says as it writes the page: nothing reads it back
  /// out of the HTML.
  @Test func theRendererWritesDownHeadingsLinksAndText() {
    let document = MarkdownParser.parse(
      """
      ## A & B

      x [C](https://example.org/c) and `code words`

      ### Q `code`

      <b>bold</b> <code>hidden</code>

      | Name | Note |
      |---|---|
      | one | two |
      """)
    var renderer = MarkdownHTMLRenderer(
      documentPath: "d.md", pagePath: "f/d.html", resolver: LinkResolver(plan: site.plan, anchors: [:]))
    let body = renderer.render(document.blocks)
    #expect(
      body.headings == [
        .init(level: 2, id: "a--b", text: "A & B"), .init(level: 3, id: "q-code", text: "Q code"),
      ])
    #expect(body.links == ["#a--b", "https://example.org/c", "#q-code"])
    #expect(
      body.text.split(separator: " ") == [
        "A", "&", "B", "x", "C", "and", "Q", "bold", "Name", "Note", "one", "two",
      ])
    #expect(body.html.contains("<h2 id=\"a--b\">A &amp; B<a class=\"anchor\" href=\"#a--b\""))
    #expect(CrossReferences.targets(of: "../c.html#d", from: "f/x/p.html") == ["f/c.html", "f/c.html#d"])
    #expect(CrossReferences.targets(of: "https://example.org/", from: "f/p.html") == [])
  }

  /// Pieces joined keep their words apart where our markup parts them, and together where it does not.
  @Test func markupPartsWordsAsALayoutWould() {
    let cell: Markup = "<td>\(text: "b")</td>"
    #expect(("<td>\(text: "a")</td>" + cell).text == "a b ")
    #expect((Markup.text("a") + Markup.text("b")).text == "ab")
    #expect((Markup.text("a") + "<br>" + Markup.text("b")).text == "a b")
    let link = Markup.link("x.html", .text("X & Y"))
    #expect(link.html == "<a href=\"x.html\">X &amp; Y</a>" && link.links == ["x.html"])
    #expect(Markup.code(link).text.isEmpty && Markup.code(link).links == ["x.html"])
    #expect(HTML.section("Só", id: "so", .text("body")).headings == [.init(level: 2, id: "so", text: "Só")])
  }

  @Test func theIndexListsEveryKindOfNamedThingWithItsDefinitionAndMentions() throws {
    let index = site.main("\(festival)/az.html")
    for kind in [
      "component", "operation", "field", "endpoint", "entity", "event", "queue", "external system", "role",
      "resource", "error code", "metric",
    ] {
      #expect(index.contains("\">\(kind)</a>") || index.contains("\">\(kind) · "), "\(kind)")
    }
    // A component: defined on its page, mentioned by the pages that name it, not by itself.
    let entry = try #require(
      index.range(
        of:
          "<dt>Billing Service <span class=\"muted\"><a href=\"components/billing-service.html\">component</a></span></dt>"
      ))
    let mentions = index[entry.upperBound...].prefix(3000)
    let definitionList = String(mentions[..<(mentions.range(of: "</dd>")?.lowerBound ?? mentions.endIndex)])
    #expect(definitionList.contains("<a href=\"components/shipment-service.html\">Shipment Service</a>"))
    #expect(definitionList.contains("<a href=\"interfaces.html\">"))
    #expect(!definitionList.contains("<a href=\"components/billing-service.html\">"))
    // Rows link to their anchor on the interface document.
    #expect(index.contains("<a href=\"interfaces.html#op-"))
    #expect(index.contains("<a href=\"interfaces.html#metric-"))
  }

  @Test func everyPageEndsWithWhoRefersToIt() throws {
    let billing = site.page("\(festival)/components/billing-service.html")
    let section = try #require(billing.range(of: "<section class=\"referenced-by\">"))
    let list = billing[section.upperBound...]
    #expect(
      list.contains(
        "<a href=\"shipment-service.html\">Shipment Service</a> <span class=\"muted\">Component</span>"))
    #expect(list.contains("<a href=\"../events/paymentfailed.html\">PaymentFailed</a>"))
    // "Referenced by" closes the page's main content.
    #expect(billing.range(of: "</section>\n</main>") != nil)
    // A task page that links to nothing of the contract is still referenced by its sequence's listing.
    let task = site.page("\(festival)/docs/001-plan/01-requirements/01-gather-requirements.html")
    #expect(task.contains("<section class=\"referenced-by\">"))
  }

  /// The sample's page at `path` (below the festival), as a renderer sees it.
  private func context(of path: String) throws -> PageContext {
    let plan = site.plan
    let page = try #require(plan.pages.first { $0.path == "\(festival)/\(path)" })
    return PageContext(
      model: site.model, plan: plan, page: page, resolver: LinkResolver(plan: plan, anchors: [:]),
      resolved: ResolvedSite(),
      indexes: SiteRenderer.indexes(model: site.model, plan: plan))
  }

  @Test func longMentionListsAreCutWithACount() throws {
    let plan = site.plan
    let context = try context(of: "az.html")
    let catalog = NameCatalog(site.model.festivals[0].interfaces, plan: plan.festivals[0])
    let group = try #require(catalog.groups.firstIndex { catalog.things[$0[0]].name == "Billing Service" })
    var mentions = Array(repeating: [Int](), count: catalog.groups.count)
    mentions[group] = Array(0..<10)
    let body = NameIndexPage.render(
      context, festival: 0, catalog: catalog, mentions: mentions, mentionsShown: 3)
    #expect(body.html.html.contains(">Festivals</a>, <a href=\"../404.html\">Page not found</a>, <a href="))
    #expect(body.html.html.contains("<span class=\"muted\">and 7 more pages</span>"))
  }

  @Test func longReferencedByListsShowAHundredAndCountTheRestByKind() throws {
    let plan = site.plan
    let context = try context(of: "components/billing-service.html")
    let referrers = Array(plan.pages.indices) + Array(plan.pages.indices)
    let html = PageLayout.render(
      PageBody(html: "<p>body</p>"), headings: [], referencedBy: referrers, context: context,
      theme: try Theme.load(overlay: nil), options: RenderOptions(version: "test", source: "sample", jobs: 1)
    )
    let section = try #require(html.range(of: "<section class=\"referenced-by\">")).upperBound
    let list = html[section...]
    #expect(list.components(separatedBy: "<li><a href=").count - 1 == PageLayout.referencesListed)
    let rest = referrers.count - PageLayout.referencesListed
    #expect(list.contains("<p class=\"muted\">and \(rest) more pages: "))
    #expect(PageLayout.grouped(1_234_567) == "1,234,567")
    #expect(PageLayout.grouped(999) == "999")
    #expect(PageLayout.grouped(1000) == "1,000")
    #expect(PageLayout.unlisted(ArraySlice([0, 0, 1]), plan).hasPrefix("and 3 more pages: "))
  }
}
