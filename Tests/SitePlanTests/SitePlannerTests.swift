import ContentReader
import FestivalModel
import SitePlan
import TestSupport
import Testing

@Suite struct SitePlannerTests {
  private func model(_ files: [String: String]) -> ContentModel {
    let contentFiles = files.map { ContentFile(path: $0.key, text: $0.value) }.sorted { $0.path < $1.path }
    let (festivals, loose) = ContentLayout.organize(contentFiles)
    return FestivalModelBuilder.build(
      ContentInventory(festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: []))
  }

  static let contract = """
    # Common Interfaces: X

    **Current Status**: DRAFT

    ## Components

    | Component | Responsibility |
    |---|---|
    | User Service | users |
    | user-service | duplicate name |
    | CON | device name |

    ### API Endpoint Specifications

    #### Get User

    **HTTP Method**: GET

    **URL Pattern**: /users/{id}

    | Status Code | Description |
    |---|---|
    | 200 | ok |
    | 404 | missing |
    """

  @Test func everyPageFollowsTheURLScheme() throws {
    let content = model([
      "Shop Festival/COMMON_INTERFACES.md": Self.contract,
      "Shop Festival/FESTIVAL_OVERVIEW.md": "# Overview\n",
      "Shop Festival/001_PLAN/01_scope/01_write_it.md": "# Write\n",
      "notes/Loose Doc.md": "# Loose\n",
    ])
    let plan = SitePlanner.plan(content)
    let festival = try #require(plan.festivals.first)
    let elements = try #require(content.festivals.first?.interfaces?.elements)
    #expect(festival.slug == "shop-festival")
    #expect(festival.home == "shop-festival/index.html")
    #expect(festival.interfaces == "shop-festival/interfaces.html")
    #expect(
      festival.pages(.component, in: elements) == [
        "shop-festival/components/user-service.html", "shop-festival/components/user-service-2.html",
        "shop-festival/components/con-page.html",
      ])
    #expect(festival.pages(.endpoint, in: elements) == ["shop-festival/endpoints/get-users-id.html"])
    #expect(
      festival.page(of: ElementID(.component, key: "userservice#2"))
        == "shop-festival/components/user-service-2.html")
    #expect(
      festival.documents["Shop Festival/001_PLAN/01_scope/01_write_it.md"]
        == "shop-festival/docs/001-plan/01-scope/01-write-it.html")
    #expect(
      festival.documents["Shop Festival/FESTIVAL_OVERVIEW.md"] == "shop-festival/docs/festival-overview.html")
    #expect(plan.looseDocuments["notes/Loose Doc.md"] == "docs/notes/loose-doc.html")
    #expect(plan.pages.map(\.path).contains("404.html"))
    #expect(Set(plan.pages.map(\.path)).count == plan.pages.count)
  }

  @Test func rowsGetStablePrefixedAnchors() throws {
    let plan = SitePlanner.plan(model(["f/COMMON_INTERFACES.md": Self.contract]))
    let anchors = Set(try #require(plan.festivals.first).rowAnchors.values.flatMap(\.values))
    #expect(
      anchors.isSuperset(of: [
        "component-user-service", "component-user-service-2", "response-get-users-id-200",
        "response-get-users-id-404",
      ]))
  }

  @Test func aFestivalNamedLikeARootFolderGetsAnotherSlug() throws {
    let plan = SitePlanner.plan(
      model(["docs/FESTIVAL_OVERVIEW.md": "# O\n", "assets/FESTIVAL_OVERVIEW.md": "# O\n"]))
    #expect(plan.festivals.map(\.slug) == ["assets-2", "docs-2"])
  }
}
