import ContentReader
import ContractDiff
import FestivalModel
import Foundation
import TestSupport
import Testing

/// Who a change reaches, by what changed and how each component is linked to it (docs/diff-rules.md,
/// "Impact"), on a contract where every link kind matters: a gateway that passes routes on and one that
/// lists its own, a sequence diagram that says who calls what, events, a queue, an entity carried by
/// operations, an endpoint and an event, an authorization matrix and an external system.
@Suite struct ImpactTests {
  static let impact = DiffFixtures.folder.appendingPathComponent("impact/COMMON_INTERFACES.md")
  static let chain = DiffFixtures.folder.appendingPathComponent("chain/COMMON_INTERFACES.md")

  func change(_ fixture: URL = impact, rule: DiffRule? = nil, _ edit: (String) -> String) throws
    -> ContractChange
  {
    let base = try String(contentsOf: fixture, encoding: .utf8)
    let edited = edit(base)
    #expect(edited != base, "the edit changed nothing")
    let diff = DiffFixtures.diff(old: base, new: edited)
    return try #require(rule.map { rule in diff.changes.first { $0.rule == rule } } ?? diff.changes.first)
  }

  static func names(_ impact: [Impact]) -> [String] { impact.map(\.component) }

  /// The sequence diagram says Order Service calls Reserve Stock: it is affected. Release Stock it may
  /// call, for all the contract says. Nobody else: not the gateways above it, not the event subscribers.
  @Test func anOperationReachesTheCallersTheContractNames() throws {
    let reserve = try change {
      $0.replacingOccurrences(
        of: "| Reserve Stock | SKU + quantity | Reservation ID | Out of stock | <50ms |\n", with: "")
    }
    #expect(reserve.rule == .operationRemoved)
    #expect(Self.names(reserve.impact) == ["Order Service"] && reserve.mayBeAffected.isEmpty)
    #expect(
      reserve.impact.first?.path == [
        ImpactStep(
          dependent: "Order Service", dependency: "Inventory Service", link: .dependency, detail: nil)
      ])
    let release = try change {
      $0.replacingOccurrences(
        of: "| Release Stock | Reservation ID | Nothing | Not found | <50ms |\n", with: "")
    }
    #expect(release.impact.isEmpty)
    #expect(Self.names(release.mayBeAffected) == ["Order Service"])
    #expect(release.mayBeAffected.first?.reason == "calls Inventory Service; which operations is not written")
  }

  /// API Gateway lists no routes of its own and reads as a gateway: it passes the route on (inferred,
  /// and marked so), so Web App behind it is affected. Edge Gateway lists its routes, and this one is
  /// not among them: it may be affected, and Mobile App behind it is not reached.
  @Test func aGatewayPassesARouteOnOnlyWhenItExposesIt() throws {
    let change = try change {
      $0.replacingOccurrences(of: "| 404 | application/json | Error object | Not found |\n", with: "")
    }
    #expect(change.rule == .responseRemoved)
    #expect(Self.names(change.impact) == ["API Gateway", "Web App"])
    let gateway = try #require(change.impact.first)
    #expect(gateway.path.first?.link == .passesOn && gateway.path.first?.detail == "GET /orders/{orderId}")
    #expect(gateway.path.first?.inferred?.contains("reads as a gateway") == true)
    #expect(change.impact.last?.path.map(\.dependent) == ["Web App", "API Gateway"])
    #expect(Self.names(change.mayBeAffected) == ["Billing Service", "Edge Gateway"])
    #expect(!(change.impact + change.mayBeAffected).contains { $0.component == "Mobile App" })
  }

  /// An event reaches its subscribers and the consumers of the queue that carries it: not everything
  /// that depends on the subscribers.
  @Test func anEventReachesItsSubscribersAndItsQueuesConsumers() throws {
    let change = try change {
      $0.replacingOccurrences(
        of: "| SKU + level | At least once |", with: "| SKU + level + warehouse | At least once |")
    }
    #expect(change.rule == .eventPayloadChanged)
    #expect(Self.names(change.impact) == ["Notification Service", "Reporting Service"])
    #expect(change.impact.last?.path.first?.link == .queue)
    #expect(change.mayBeAffected.isEmpty)
  }

  /// An event nobody subscribes to still reaches the consumers of the queue that carries it.
  @Test func anEventWithoutSubscribersReachesItsQueuesConsumers() throws {
    let change = try change(rule: .eventPayloadChanged) {
      $0.replacingOccurrences(
        of: "| StockLow | Inventory Service | Notification Service | Stock under threshold | SKU + level |",
        with: "| StockLow | Inventory Service | None | Stock under threshold | SKU + level + warehouse |")
    }
    #expect(Self.names(change.impact) == ["Reporting Service"])
  }

  /// Order is carried by two operations of Order Service, one of Billing Service, an endpoint and an
  /// event: their users are reached as a change to each would reach them.
  @Test func anEntityReachesWhatCarriesItThenTheirUsers() throws {
    let change = try change(rule: .entityChanged) {
      $0.replacingOccurrences(
        of: "| A customer's order | PostgreSQL |", with: "| A customer's order | CockroachDB |")
    }
    #expect(Self.names(change.impact) == ["API Gateway", "Audit Log", "Web App"])
    #expect(Self.names(change.mayBeAffected) == ["Billing Service", "Edge Gateway", "Reporting Service"])
    let audit = try #require(change.impact.first { $0.component == "Audit Log" })
    #expect(audit.path.map(\.link) == [.event, .carries])
    let reporting = try #require(change.mayBeAffected.last)
    #expect(
      reporting.path.last
        == ImpactStep(
          dependent: "Billing Service", dependency: "Order", link: .carries, detail: "Invoice Order"))
  }

  @Test func authorizationReachesTheRolesComponentsAndTheResourcesOwners() throws {
    let role = try change(rule: .authorizationRoleRemoved) {
      $0.replacingOccurrences(
        of:
          "| Resource | Customer | Partner |\n|----------|----------|---------|\n| Orders | Own: read, create | Read |",
        with: "| Resource | Customer |\n|----------|----------|\n| Orders | Own: read, create |")
    }
    #expect(Self.names(role.impact) == ["Edge Gateway", "Mobile App"])
    #expect(role.impact.allSatisfy { $0.path.first?.inferred != nil })
    let cell = try change {
      $0.replacingOccurrences(
        of: "| Orders | Own: read, create | Read |", with: "| Orders | Own: read, create | None |")
    }
    #expect(Self.names(cell.impact) == ["Edge Gateway", "Mobile App", "Order Service"])
  }

  @Test func anExternalSystemReachesItsIntegrators() throws {
    let change = try change(rule: .externalSystemRemoved) {
      $0.replacingOccurrences(of: "| Stripe | Card payments | HTTPS/REST | 99.99% uptime |\n", with: "")
    }
    #expect(Self.names(change.impact) == ["Billing Service"])
  }

  @Test func aRenamedComponentCarriedThroughTheContractIsOneRename() throws {
    let base = try String(contentsOf: Self.chain, encoding: .utf8)
    let renamed = DiffFixtures.diff(
      old: base, new: base.replacingOccurrences(of: "Inventory Service", with: "Stock Service"))
    let leftBehind = DiffFixtures.diff(
      old: base,
      new: base.replacingOccurrences(
        of: "| Inventory Service | Stock levels", with: "| Stock Service | Stock levels"))
    // Only the row renamed: the references left behind are the checks' business, not new changes.
    #expect(leftBehind.changes.map(\.rule) == [.componentRenamed])
    // The components table, a dependency, the interface heading, the events: one rename in all of them.
    #expect(renamed.changes.map(\.rule) == [.componentRenamed])
    #expect(renamed.changes.first?.before == "Inventory Service")
    #expect(renamed.changes.first?.after == "Stock Service")
    // A renamed component reaches those that call it by its name.
    #expect(Self.names(renamed.changes[0].impact) == ["Order Service"])
  }
}
