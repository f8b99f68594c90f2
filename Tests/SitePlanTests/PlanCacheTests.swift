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

  static let shop =
    contract + """


      ### Core Data Entities

      | Entity | Purpose | Primary Storage | Relationships | Access Patterns | Owner |
      |---|---|---|---|---|---|
      | Cart | a basket | PostgreSQL | none | By ID | Cart Service |

      #### Cart Service Interface

      **Operations Table**:

      | Operation | Input | Output | Error Cases | Performance SLA |
      |---|---|---|---|---|
      | Get Cart | Cart ID | Cart | Not found | <80ms |

      **Data Contracts**:

      | Field | Type | Required | Validation | Default |
      |---|---|---|---|---|
      | id | UUID | Yes | Valid UUID | Generated |

      ### API Endpoint Specifications

      #### Get Cart

      **Service**: Cart Service

      **HTTP Method**: GET

      **URL Pattern**: `/carts/{id}`

      **Response Format**:

      | Status Code | Content Type | Structure | Description |
      |---|---|---|---|
      | 200 | application/json | Cart object | Found |
      """

  /// An edit of the contract, and whether its plan is the one before: only what the plan is made from
  /// (names, identities, the rows' places) makes a new one.
  struct Edit: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var kept: Bool
    var testDescription: String { name }

    init(_ name: String, _ old: String, _ new: String, kept: Bool) {
      (self.name, self.kept) = (name, kept)
      text = PlanCacheTests.shop.replacingOccurrences(of: old, with: new)
    }
  }

  static let edits = [
    Edit("a responsibility", "| carts |", "| shopping carts |", kept: true),
    Edit("a field's type", "| id | UUID |", "| id | String |", kept: true),
    Edit("an entity's storage", "| PostgreSQL |", "| Redis |", kept: true),
    Edit("a dependency", "| carts | Payment Service |", "| carts | |", kept: true),
    Edit("a component's name", "| Payment Service | payments |", "| Payments | payments |", kept: false),
    Edit("a field's name", "| id | UUID |", "| cartId | UUID |", kept: false),
    Edit("an operation's name", "| Get Cart | Cart ID |", "| Fetch Cart | Cart ID |", kept: false),
    Edit("a response's status", "| 200 | application/json |", "| 203 | application/json |", kept: false),
    Edit("an endpoint's path", "/carts/{id}", "/carts/{cartId}", kept: false),
    Edit(
      "a line above the rows", "### Core Data Entities\n", "### Core Data Entities\n\nCarts.\n", kept: false),
  ]

  @Test(arguments: edits)
  func keepsThePlanWhileWhatItIsMadeFromStaysTheSame(edit: Edit) {
    let models = ModelCache()
    let cache = PlanCache()
    func files(_ contract: String) -> [String: String] {
      ["shop/COMMON_INTERFACES.md": contract, "shop/FESTIVAL_OVERVIEW.md": "# Festival Overview: Shop\n"]
    }
    let before = model(files(Self.shop), cache: models)
    _ = cache.plan(before)
    let after = model(files(edit.text), cache: models)
    #expect(edit.text != Self.shop)
    #expect(after.festivals[0].interfaces != before.festivals[0].interfaces, "the contract changed")
    #expect(cache.plan(after) == SitePlanner.plan(after))
    #expect(cache.hits == (edit.kept ? 1 : 0))
  }
}
