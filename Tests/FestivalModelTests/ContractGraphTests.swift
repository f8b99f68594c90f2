import Foundation
import Testing

@testable import FestivalModel

/// The contract's one relationship graph: built when the contract is read, every kind of link in
/// contract order, and what the reader did not resolve marked as such.
@Suite struct ContractGraphTests {
  static let contract = """
    # Common Interfaces: Shop

    ## Components

    | Component | Responsibility | Technology Stack | Dependencies |
    |---|---|---|---|
    | Web App | UI | React | Order Service, Stripe |
    | Order Service | Orders | Go | Stripe, Ledger |
    | Mailer | Mail | Go | none |

    ### External System Dependencies

    | System | Purpose | Protocol | SLA Requirements |
    |---|---|---|---|
    | Stripe | Cards | HTTPS | 99.9% |

    ### Internal Service Communication

    | Service Pair | Protocol | Justification | Fallback Strategy |
    |---|---|---|---|
    | Web App ↔ Order Service | gRPC | Typed | Retry |

    #### Event Catalog

    | Event Name | Publisher | Subscribers | Trigger Condition | Payload Schema | Delivery Guarantee |
    |---|---|---|---|---|---|
    | OrderPlaced | Order Service | Mailer, Web App | Order stored | Order | At least once |
    """

  @Test func everyLinkIsAnEdgeInContractOrder() throws {
    let (contract, _) = readContract(Self.contract)
    let graph = contract.relationships
    let edges = graph.edges.map { "\(graph.name($0.from)) \($0.kind.rawValue) \(graph.name($0.to))" }
    #expect(
      edges == [
        "Web App dependsOn Order Service", "Web App dependsOn Stripe", "Order Service dependsOn Stripe",
        "Web App talksTo Order Service", "Order Service talksTo Web App",
        "Order Service publishes OrderPlaced", "Mailer subscribes OrderPlaced",
        "Web App subscribes OrderPlaced",
      ])
    #expect(graph.edges.filter { $0.kind == .talksTo }.allSatisfy { $0.detail == "gRPC" })
    // Ledger names nothing: no edge, no node.
    #expect(graph.node(.component, key: "ledger") == nil)
  }

  @Test func lookUpsFollowTheEdges() throws {
    let (contract, _) = readContract(Self.contract)
    let graph = contract.relationships
    let stripe = try #require(graph.node(.externalSystem, key: "stripe"))
    #expect(graph.edges(to: stripe, .dependsOn).map { graph.name($0.from) } == ["Web App", "Order Service"])
    let web = try #require(graph.node(.component, key: "webapp"))
    #expect(graph.edges(from: web).count == 4)
    #expect(graph.edges(from: web, .subscribes).map { graph.name($0.to) } == ["OrderPlaced"])
    #expect(graph.count(.component) == 3 && graph.count(.event) == 1)
  }

  @Test func theGraphIsNotPartOfTheModelsJSON() throws {
    let (contract, _) = readContract(Self.contract)
    let encoder = JSONEncoder()
    let json = String(decoding: try encoder.encode(contract), as: UTF8.self)
    #expect(!json.contains("relationships"))
  }
}
