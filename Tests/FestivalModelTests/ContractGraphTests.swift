import Diagnostics
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

  @Test func aNeighbourhoodsEdgesAreThoseOfTheWholeGraphInContractOrder() throws {
    let (contract, _) = readContract(Self.contract)
    let graph = contract.relationships
    for node in Set(graph.edges.flatMap { [$0.from, $0.to] }) {
      #expect(graph.edges(touching: node) == graph.edges.filter { $0.from == node || $0.to == node })
    }
    let web = try #require(graph.node(.component, key: "webapp"))
    let order = try #require(graph.node(.component, key: "orderservice"))
    let stripe = try #require(graph.node(.externalSystem, key: "stripe"))
    let among: Set = [web, order, stripe]
    #expect(
      graph.edges(among: among) == graph.edges.filter { among.contains($0.from) && among.contains($0.to) })
    #expect(graph.edges(among: among).count >= 3)
  }

  @Test func entitiesRelateReferAndHaveOwners() throws {
    let (read, _) = readContract(
      Self.contract + """

        ### Core Data Entities

        | Entity | Purpose | Primary Storage | Relationships | Access Patterns | Owner |
        |---|---|---|---|---|---|
        | Order | An order | PostgreSQL | 1:N with Line Items, N:1 with Customer | By ID | Order Service |
        | Line Item | A line | PostgreSQL | N:1 with Order | By order | Order Service |

        """)
    var contract = read
    let location = SourceLocation(file: "COMMON_INTERFACES.md", line: 1, column: 1)
    // A message whose fields name an entity by type and by an id suffix.
    contract.entities.append(
      DataEntity(
        name: "Receipt", purpose: "", storage: "", relationships: [], relationshipsWritten: "",
        accessPatterns: [],
        owner: nil, extra: [:], location: location, form: .message,
        fields: [
          DataField(
            name: "order_id", type: "string", required: nil, requiredWritten: "", validation: "",
            defaultValue: nil, description: "", extra: [:], location: location),
          DataField(
            name: "lines", type: "repeated LineItem", required: nil, requiredWritten: "", validation: "",
            defaultValue: nil, description: "", extra: [:], location: location),
        ]))
    let graph = ContractGraph(contract)
    let entityEdges = graph.edges.filter { $0.to.kind == .entity }.map {
      "\(graph.name($0.from)) \($0.kind.rawValue) \(graph.name($0.to)) \($0.detail ?? "-")"
    }
    // `Line Items` names `Line Item` by its stem; `Customer` names no entity.
    #expect(
      entityEdges == [
        "Order relatesTo Line Item 1:N", "Order Service owns Order -", "Line Item relatesTo Order N:1",
        "Order Service owns Line Item -", "Receipt refersTo Order order_id",
        "Receipt refersTo Line Item lines",
      ])
    #expect(graph.entity(named: "orders").map(graph.name) == "Order")
  }

  @Test func theGraphIsNotPartOfTheModelsJSON() throws {
    let (contract, _) = readContract(Self.contract)
    let encoder = JSONEncoder()
    let json = String(decoding: try encoder.encode(contract), as: UTF8.self)
    #expect(!json.contains("relationships"))
  }
}
