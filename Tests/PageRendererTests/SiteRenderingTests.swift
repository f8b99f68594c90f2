import ContentReader
import Diagnostics
import FestivalModel
import Foundation
import SiteBuild
import SitePlan
import TestSupport
import Testing

@testable import PageRenderer

/// Renders `Tests/Fixtures/site` (a small festival full of hostile and broken input) and checks the pages.
@Suite struct SiteRenderingTests {
  let files: [String: String]
  let diagnostics: [Diagnostic]

  init() throws {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/site")
    let build = try BuildContext.site(at: root, jobs: 2)
    files = build.pages
    diagnostics = build.diagnostics
  }

  @Test func wholePagesMatchTheirGoldenFiles() throws {
    assertGolden(try #require(files["shop/index.html"]), named: "shop-home.html")
    assertGolden(try #require(files["shop/components/cart-api.html"]), named: "shop-cart-api.html")
    assertGolden(try #require(files["shop/docs/festival-overview.html"]), named: "shop-overview.html")
  }

  @Test func theSiteHasItsFixedPages() {
    for path in [
      "index.html", "404.html", "assets/style.css", "assets/favicon.svg", "shop/index.html",
      "shop/interfaces.html",
      "shop/components/cart-api.html", "shop/systems/payments.html", "shop/events/cartcheckedout.html",
      "shop/docs/001-plan/01-scope/01-define.html", "docs/loose-notes.html",
    ] {
      #expect(files[path] != nil, "\(path)")
    }
  }

  @Test func relativeLinksAndAnchorsBecomePageLinks() throws {
    let overview = try #require(files["shop/docs/festival-overview.html"])
    #expect(overview.contains("<a href=\"../interfaces.html#step-1-components\">the contract</a>"))
    #expect(overview.contains("<a href=\"festival-rules.html\">rules</a>"))
    #expect(overview.contains("href=\"https://example.org/?a=1&amp;b=2\""))
    let rules = try #require(files["shop/docs/festival-rules.html"])
    #expect(rules.contains("id=\"heading--quotes\""))
    #expect(rules.contains("id=\"heading--quotes-1\""))
    #expect(rules.contains("<a href=\"#heading--quotes-1\">second heading</a>"))
    let loose = try #require(files["docs/loose-notes.html"])
    #expect(loose.contains("<a href=\"../shop/docs/festival-rules.html#heading--quotes\">shop rules</a>"))
  }

  @Test func brokenLinksAreMarkedAndReportedNeverDead() throws {
    let overview = try #require(files["shop/docs/festival-overview.html"])
    #expect(
      overview.contains(
        "<span class=\"broken-link\" title=\"Broken link: no document &#39;NOPE.md&#39;\">missing page</span>"
      ))
    #expect(!overview.contains("NOPE.html"))
    let broken = diagnostics.filter { $0.rule.id == "links.broken" }
    #expect(broken.map(\.location?.line) == [10, 10, 11])
    #expect(diagnostics.contains { $0.rule.id == "links.unsafe" })
  }

  @Test func noFestivalStringReachesAPageAsMarkup() {
    for (path, html) in files where path.hasSuffix(".html") {
      // Only the theme's own scripts, by their fixed paths, and the festival's navigation script.
      let ownScripts =
        #"<script src="(\.\./)*(assets/theme\.js|assets/festdoc\.js|([a-z0-9-]+/)?nav\.js)"( defer)?></script>"#
      let withoutOwn = html.replacingOccurrences(of: ownScripts, with: "", options: .regularExpression)
      #expect(!withoutOwn.contains("<script"), "\(path)")
      #expect(!html.contains("<img"), "\(path)")
      let handler = html.range(of: #"<[a-zA-Z][^>]*\son[a-z]+\s*="#, options: .regularExpression)
      #expect(handler == nil, "an event handler attribute reached \(path)")
      #expect(!html.lowercased().contains("href=\"javascript:"), "\(path)")
    }
  }

  @Test func theBuildsScriptsCarryFestivalTextOnlyAsEscapedStrings() throws {
    let scripts = files.filter { $0.key.hasSuffix(".js") && !$0.key.hasPrefix("assets/") }
    #expect(Set(scripts.keys.filter { !$0.hasPrefix("search/") }) == ["nav.js", "shop/nav.js"])
    #expect(scripts["search/map.js"] != nil)
    for (path, text) in scripts {
      #expect(!text.contains("<"), "\(path)")
      #expect(!text.contains(">"), "\(path)")
    }
    let search = scripts.filter { $0.key.hasPrefix("search/") }.values
    #expect(search.contains { $0.contains(#"Web \"Store\" \u003cimg"#) })
  }

  @Test func externalImagesAreNotLoaded() throws {
    let overview = try #require(files["shop/docs/festival-overview.html"])
    #expect(
      overview.contains(
        "<a href=\"https://example.org/x.png\" class=\"external image-link\" rel=\"noopener\">diagram</a>"))
    for html in files.values { #expect(!html.contains("src=\"http")) }
  }

  @Test func rowsCarryTheirStableIDs() throws {
    let interfaces = try #require(files["shop/interfaces.html"])
    #expect(interfaces.contains("<tr id=\"component-cart-api\">"))
    #expect(interfaces.contains("<tr id=\"event-cartcheckedout\">"))
    #expect(interfaces.contains("<figure class=\"diagram\">"))
    #expect(files["shop/interfaces-diagram-1.svg"] != nil)
  }

  @Test func renderingIsTheSameWithAnyNumberOfJobs() throws {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample")
    let one = try BuildContext.site(at: root, jobs: 1)
    let many = try BuildContext.site(at: root, jobs: 7)
    #expect(one.rendered?.files == many.rendered?.files)
    #expect(one.diagnostics == many.diagnostics)
  }

  @Test func theEmbeddedThemeMatchesThemesDefault() throws {
    let folder = SharedFolder.projectRoot.appendingPathComponent("Themes/default")
    let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
      return exists && !isFolder.boolValue && !path.split(separator: "/").contains { $0.hasPrefix(".") }
    }
    #expect(Set(names) == Set(DefaultTheme.fileData.keys), "run `make theme` after editing Themes/default")
    for name in names {
      let onDisk = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
      #expect(
        onDisk == DefaultTheme.fileData[name], "\(name) differs from the embedded copy: run `make theme`")
    }
  }

  @Test func aUserThemeReplacesTheDefaultsFiles() throws {
    let overlay = try TemporaryFolder(files: ["style.css": "body { color: red }\n", "extra.js": "// mine\n"])
    defer { overlay.remove() }
    let theme = try Theme.load(overlay: overlay.url)
    #expect(theme.assets["style.css"] == Data("body { color: red }\n".utf8))
    #expect(theme.assets["extra.js"] != nil)
    #expect(theme.assets["favicon.svg"] != nil)
  }
}

@Suite struct DiagramPageTests {
  @Test func aBrokenDiagramStaysAsCodeWithItsReasonAndTheBuildGoesOn() throws {
    let folder = try TemporaryFolder(files: [
      "f/FESTIVAL_OVERVIEW.md": "# O\n\ntext\n\n```mermaid\nflowchart TD\n  A --> B\n  C[oops\n```\n"
    ])
    defer { folder.remove() }
    let build = try BuildContext.site(at: folder.url)
    let html = try #require(build.pages["f/docs/festival-overview.html"])
    #expect(
      html.contains(
        "<div class=\"diagram-error\"><p><strong>This diagram does not parse</strong> (line 3, column"))
    #expect(html.contains("<pre><code class=\"language-mermaid\">flowchart TD"))
    let finding = try #require(build.diagnostics.first { $0.rule == .diagramsParse })
    #expect(finding.location?.line == 8)
    #expect(finding.severity == .error)
  }

  /// A contract whose one entity, Order, diagrams in other documents can link to.
  static let orderContract = """
    # Interfaces

    ## Data Architecture

    ### Core Entities

    | Entity | Purpose | Primary Storage | Relationships | Access Patterns | Owner |
    |--------|---------|----------------|---------------|------------------|-------|
    | Order | A customer's order | PostgreSQL | 1:N with Line | By ID | Shop |

    """

  @Test func erDiagramsAreDrawnWithEntityLinksAndOtherKindsStayCodeWithANote() throws {
    let folder = try TemporaryFolder(files: [
      "f/COMMON_INTERFACES.md": Self.orderContract,
      "f/FESTIVAL_OVERVIEW.md":
        "# O\n\n```mermaid\nerDiagram\n  ORDER ||--|{ LINE : holds\n  ORDER {\n    int id PK\n  }\n```\n\n"
        + "```mermaid\ngantt\n  title Plan\n```\n\n"
        + "```mermaid\nstateDiagram-v2\n  [*] --> Open\n  Open --> Closed : close\n```\n\n"
        + "```mermaid\nstateDiagram-v2\n  Open -->\n```\n",
    ])
    defer { folder.remove() }
    let build = try BuildContext.site(at: folder.url)
    let html = try #require(build.pages["f/docs/festival-overview.html"])
    #expect(html.contains("<figure class=\"diagram\">"))
    #expect(html.contains("class=\"fd-diagram fd-er\""))
    #expect(
      html.contains("<a href=\"../entities/order.html\"><g class=\"fd-node fd-entity\" data-id=\"ORDER\">"))
    #expect(html.contains("data-cardinality=\"ONE_OR_MORE\""))
    #expect(html.contains("<pre><code class=\"language-mermaid\">gantt"))
    let note = try #require(build.diagnostics.first { $0.rule == .diagramsUnsupported })
    #expect(note.severity == .note && note.message.contains("'gantt'") && note.location?.line == 11)
    // A state diagram is drawn; a broken one stays code with the line of its error.
    #expect(html.contains(">Closed</tspan>") && html.contains("data-from=\"Open\" data-to=\"Closed\""))
    let broken = try #require(build.diagnostics.first { $0.rule == .diagramsParse })
    #expect(broken.message.hasPrefix("the state diagram does not parse") && broken.location?.line == 24)
  }

  /// A class diagram is drawn, its classes naming a contract entity linking to the entity's page; a
  /// broken one stays code with the line of its error inside the document.
  @Test func classDiagramsAreDrawnWithEntityLinks() throws {
    let folder = try TemporaryFolder(files: [
      "f/COMMON_INTERFACES.md": Self.orderContract,
      "f/FESTIVAL_OVERVIEW.md":
        "# O\n\n```mermaid\nclassDiagram\n  Order \"1\" *-- \"many\" Line : holds\n  class Order {\n    +place() bool\n  }\n```\n\n"
        + "```mermaid\nclassDiagram\n  class Broken {\n```\n",
    ])
    defer { folder.remove() }
    let build = try BuildContext.site(at: folder.url)
    let html = try #require(build.pages["f/docs/festival-overview.html"])
    #expect(html.contains("class=\"fd-diagram fd-class\""))
    #expect(
      html.contains("<a href=\"../entities/order.html\"><g class=\"fd-node fd-class\" data-id=\"Order\">"))
    #expect(html.contains("data-end=\"COMPOSITION\"") && html.contains(">+place() : bool</text>"))
    #expect(html.contains("data-from=\"Order\" data-to=\"Line\""))
    #expect(!build.diagnostics.contains { $0.rule == .diagramsUnsupported })
    let broken = try #require(build.diagnostics.first { $0.rule == .diagramsParse })
    #expect(broken.message.hasPrefix("the class diagram does not parse") && broken.location?.line == 14)
  }

  @Test func flowchartsAreDrawnWithComponentLinks() throws {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample")
    let files = try BuildContext.site(at: root, jobs: 2).pages
    let interfaces = try #require(files["parcel-tracking-pt0001/interfaces.html"])
    #expect(interfaces.contains("<figure class=\"diagram\">"))
    #expect(
      interfaces.contains("<a href=\"components/api-gateway.html\"><g class=\"fd-node\" data-id=\"gw\">"))
    #expect(interfaces.contains("<a href=\"interfaces-diagram-1.svg\" download>Download SVG</a>"))
    #expect(files["parcel-tracking-pt0001/interfaces-diagram-1.svg"]?.hasPrefix("<svg") == true)
    // The authentication flow is a sequence diagram; participants naming components link to them.
    #expect(files["parcel-tracking-pt0001/interfaces-diagram-2.svg"]?.contains("fd-sequence") == true)
    #expect(interfaces.contains("<a href=\"components/mobile-app.html\"><g class=\"fd-head\" data-id=\"M\">"))
    let home = try #require(files["parcel-tracking-pt0001/index.html"])
    #expect(home.contains("<h2 id=\"system\">"))
    #expect(home.contains("<h2 id=\"event-flow\">"))
    let component = try #require(files["parcel-tracking-pt0001/components/shipment-service.html"])
    #expect(component.contains("<h2 id=\"neighbourhood\">"))
    #expect(component.contains("data-id=\"c4\""))
  }
}

@Suite struct LargeSystemTests {
  @Test func aLargeSystemIsDrawnPerGroupUnderAnOverview() throws {
    let owners = ["Alpha", "Beta", "Gamma"]
    var rows: [String] = []
    for index in 0..<(SystemGrouping.threshold + 30) {
      let dependency = index > 0 ? "Service \((index * 7) % index)" : "none"
      rows.append("| Service \(index) | Does \(index) | Go | \(dependency) | \(owners[index % 3]) |")
    }
    let contract =
      "# Common Interfaces: Big\n\n**Current Status**: DRAFT\n\n## Components\n\n"
      + "| Component | Responsibility | Technology Stack | Dependencies | Owner |\n|---|---|---|---|---|\n"
      + rows.joined(separator: "\n") + "\n"
    let folder = try TemporaryFolder(files: [
      "f/COMMON_INTERFACES.md": contract, "f/FESTIVAL_OVERVIEW.md": "# O\n",
    ])
    defer { folder.remove() }
    let model = FestivalModelBuilder.build(try ContentReader.read(root: folder.url))
    let plan = SitePlanner.plan(model)
    #expect(plan.festivals[0].systemGroups.map(\.name) == owners)
    // Only the pages in question are rendered: the home and one group.
    let resolved = SiteResolver.resolve(model: model, plan: plan, jobs: 1)
    let resolver = LinkResolver(plan: plan, anchors: resolved.anchors)
    func render(_ path: String) throws -> String {
      let page = try #require(plan.pages.first { $0.path == path })
      let context = PageContext(
        model: model, plan: plan, page: page, resolver: resolver, resolved: resolved,
        indexes: SiteRenderer.indexes(model: model, plan: plan))
      switch page.kind {
      case .festivalHome(let festival): return FestivalHomePage.render(context, festival: festival).html.html
      case .systemGroup(let festival, let index):
        return SystemGroupPage.render(context, festival: festival, group: index).html.html
      default: return ""
      }
    }
    let home = try render("f/index.html")
    #expect(home.contains("<a href=\"system/alpha.html\">Alpha</a>"))
    #expect(home.contains("data-id=\"g0\""))
    let beta = try render("f/system/beta.html")
    #expect(beta.contains("<h1>Beta</h1>"))
    // No page carries the whole system: the home's overview has one node per group.
    #expect(home.components(separatedBy: "class=\"fd-node\"").count - 1 == 3)
  }
}
