import ContentReader
import FestivalModel
import SitePlan
import Testing

/// The plan names contract elements by identity: a row moved or added elsewhere leaves every other
/// element's page naming the same element.
@Suite struct ElementIdentityTests {
  func plan(_ rows: [String]) -> (ContentModel, SitePlan) {
    let contract =
      "# Common Interfaces: X\n\n## Components\n\n| Component | Responsibility |\n|---|---|\n"
      + rows.map { "| \($0) | does things |" }.joined(separator: "\n") + "\n"
    let (festivals, loose) = ContentLayout.organize([
      ContentFile(path: "f/COMMON_INTERFACES.md", text: contract)
    ])
    let model = FestivalModelBuilder.build(
      ContentInventory(festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: []))
    return (model, SitePlanner.plan(model))
  }

  func components(_ plan: SitePlan) -> [String: ElementID] {
    var found: [String: ElementID] = [:]
    for page in plan.pages {
      if case .component(_, let element) = page.kind { found[page.path] = element }
    }
    return found
  }

  @Test func namesakesAreNumberedAndEveryIdFindsItsRow() throws {
    let (model, plan) = plan(["Order Service", "order-service", "Billing"])
    let contract = try #require(model.festivals.first?.interfaces)
    #expect(
      contract.elements.all(.component).map(\.description) == [
        "component:orderservice", "component:orderservice#2", "component:billing",
      ])
    for (path, element) in components(plan) {
      let position = try #require(contract.elements.position(of: element), "\(path)")
      #expect(contract.elements.id(.component, at: position) == element)
    }
  }

  @Test func movingARowKeepsEveryPageOnItsElement() throws {
    let (_, before) = plan(["Order Service", "Billing", "Shipping"])
    let (model, after) = plan(["Shipping", "Audit", "Order Service", "Billing"])
    let contract = try #require(model.festivals.first?.interfaces)
    let old = components(before)
    let new = components(after)
    for (path, element) in old {
      #expect(new[path] == element, "\(path)")
      // The page still shows the row of that name, wherever it now stands.
      let position = try #require(contract.elements.position(of: element))
      #expect(TextFolding.fold(contract.components[position].name) == element.key)
    }
  }

  @Test func endpointsAreKnownByMethodAndPath() throws {
    let text = """
      # Common Interfaces: X

      ## Step 4: Interface Contracts

      ### API Endpoint Specifications

      #### Get User

      **HTTP Method**: GET

      **URL Pattern**: /users/{id}
      """
    let (festivals, loose) = ContentLayout.organize([ContentFile(path: "f/COMMON_INTERFACES.md", text: text)])
    let model = FestivalModelBuilder.build(
      ContentInventory(festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: []))
    let contract = try #require(model.festivals.first?.interfaces)
    #expect(contract.elements.all(.endpoint) == [ElementID(.endpoint, key: "getusersid")])
  }
}
