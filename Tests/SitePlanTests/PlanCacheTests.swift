import ContentReader
import FestivalModel
import SitePlan
import TestSupport
import Testing

/// A cached contract plan is used only where planning again would give the same plan: the same contract,
/// at the same festival position, under the same slug.
@Suite struct PlanCacheTests {
  private func model(_ files: [String: String], cache: ModelCache) -> ContentModel {
    let contentFiles = files.map { ContentFile(path: $0.key, text: $0.value) }.sorted { $0.path < $1.path }
    let (festivals, loose) = ContentLayout.organize(contentFiles)
    let inventory = ContentInventory(
      festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: [])
    return cache.build(inventory, parsed: cache.parse(inventory))
  }

  static let contract = """
    # Common Interfaces: Shop

    ## Components

    | Component | Responsibility | Dependencies |
    |---|---|---|
    | Cart Service | carts | Payment Service |
    | Payment Service | payments | |
    """

  @Test func reusesAPlanOnlyWhereItWouldComeOutTheSame() {
    let models = ModelCache()
    let cache = PlanCache()
    let shop = [
      "shop/COMMON_INTERFACES.md": Self.contract, "shop/FESTIVAL_OVERVIEW.md": "# Festival Overview: Shop\n",
    ]
    func check(_ files: [String: String], hits: Int, _ step: String) {
      let site = model(files, cache: models)
      #expect(cache.plan(site) == SitePlanner.plan(site), "\(step)")
      #expect(cache.hits == hits, "\(step): hits")
    }
    check(shop, hits: 0, "first plan")
    check(shop, hits: 1, "unchanged")
    // Another festival sorted before it moves it to the second position: its pages' kinds say so.
    var two = shop
    two["arcade/COMMON_INTERFACES.md"] = Self.contract
    two["arcade/FESTIVAL_OVERVIEW.md"] = "# Festival Overview: Arcade\n"
    check(two, hits: 1, "moved to the second place")
    check(two, hits: 3, "both unchanged")
    // A changed contract is planned again.
    var edited = two
    edited["shop/COMMON_INTERFACES.md"] = Self.contract + "\n| Ledger | books | |\n"
    check(edited, hits: 4, "shop's contract changed")
  }
}
