import ContentReader
import ContractDiff
import FestivalModel
import Foundation
import TestSupport
import Testing

/// Who a change reaches: a chain three dependencies deep, an event subscriber and what depends on it.
@Suite struct ImpactTests {
  static let chain = DiffFixtures.folder.appendingPathComponent("chain/COMMON_INTERFACES.md")

  func diff(_ edit: (String) -> String) throws -> ContentDiff {
    let base = try String(contentsOf: Self.chain, encoding: .utf8)
    return DiffFixtures.diff(old: base, new: edit(base))
  }

  @Test func aRemovedOperationReachesThreeDeepAndTheEventSubscribers() throws {
    let diff = try diff {
      $0.replacingOccurrences(
        of: "| Reserve Stock | SKU + quantity | Reservation ID | Out of stock | <50ms |\n", with: "")
    }
    let change = try #require(diff.changes.first)
    #expect(diff.changes.count == 1)
    #expect(change.rule == .operationRemoved)
    #expect(change.components == ["Inventory Service"])
    let reached = change.impact.map { "\($0.depth) \($0.component) (\($0.owner ?? "-"))" }
    #expect(
      reached == [
        "1 Notification Service (Platform Team)", "1 Order Service (Orders Team)",
        "1 Search Service (Web Team)",
        "2 API Gateway (Platform Team)", "2 Reporting Service (Data Team)", "3 Web App (Web Team)",
      ])
    let webApp = try #require(change.impact.first { $0.component == "Web App" })
    #expect(
      webApp.path == [
        ImpactStep(dependent: "Web App", dependency: "API Gateway", link: .dependency, detail: nil),
        ImpactStep(dependent: "API Gateway", dependency: "Order Service", link: .dependency, detail: nil),
        ImpactStep(
          dependent: "Order Service", dependency: "Inventory Service", link: .dependency, detail: nil),
      ])
    let notification = try #require(change.impact.first { $0.component == "Notification Service" })
    #expect(
      notification.path == [
        ImpactStep(
          dependent: "Notification Service", dependency: "Inventory Service", link: .event, detail: "StockLow"
        )
      ])
  }

  @Test func anEventChangeReachesItsSubscribersNotEveryDependentOfThePublisher() throws {
    let diff = try diff {
      $0.replacingOccurrences(
        of: "| SKU + level | At least once |\n| StockCounted",
        with: "| SKU + level + warehouse | At least once |\n| StockCounted")
    }
    let change = try #require(diff.changes.first)
    #expect(diff.changes.map(\.rule) == [.eventPayloadChanged])
    #expect(change.components == ["Inventory Service"])
    #expect(change.impact.map(\.component) == ["Notification Service", "Reporting Service"])
    let reporting = try #require(change.impact.last)
    #expect(reporting.path.map(\.link) == [.dependency, .event])
  }

  @Test func protocolPairsLinkComponentsToo() throws {
    let diff = try diff {
      $0.replacingOccurrences(
        of: "| Search Service | Product search | Java |", with: "| Search Service | Product search | Kotlin |"
      )
    }
    let change = try #require(diff.changes.first)
    #expect(change.rule == .componentChanged)
    let gateway = try #require(change.impact.first { $0.component == "API Gateway" })
    #expect(
      gateway.path == [
        ImpactStep(
          dependent: "API Gateway", dependency: "Search Service", link: .protocolPair, detail: "gRPC")
      ])
    #expect(change.impact.map(\.component).contains("Web App"))
  }

  @Test func aRenamedComponentCarriedThroughTheContractIsOneRename() throws {
    let renamed = try diff { $0.replacingOccurrences(of: "Inventory Service", with: "Stock Service") }
    let leftBehind = try diff {
      $0.replacingOccurrences(
        of: "| Inventory Service | Stock levels", with: "| Stock Service | Stock levels")
    }
    // Only the row renamed: the references left behind are the checks' business, not new changes.
    #expect(leftBehind.changes.map(\.rule) == [.componentRenamed])
    // The components table, a dependency, the interface heading, the events: one rename in all of them.
    #expect(renamed.changes.map(\.rule) == [.componentRenamed])
    #expect(renamed.changes.first?.before == "Inventory Service")
    #expect(renamed.changes.first?.after == "Stock Service")
  }
}
