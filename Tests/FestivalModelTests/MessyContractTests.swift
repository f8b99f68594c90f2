import Diagnostics
import Testing

@testable import FestivalModel

@Suite struct MessyContractTests {
  static let text = """
    # Common Interfaces: Shop

    **Current Status**: Finalized

    ## Components

    | Depends On | Service | What it does | Team | Region |
    |---|---|---|---|---|
    | [What it needs] | [Component Name] | [What it does] | [Team] | [Region] |
    | Catalog, Paymnts | Frontend Web App | UI | Web | eu |
    | none | Catalog | Products | Data | eu |
    | N/A | Payments | Charges | Money | us |
    | - | Order Service | Orders | Money | us |

    ## External System Dependencies

    | System | Purpose | Protocol | SLA Requirements |
    |---|---|---|---|
    | Stripe | Cards | HTTPS | 99.99% uptime, <1s response |

    ## Some heading that says nothing

    | Event | Publisher | Subscribers | Delivery Guarantee |
    |---|---|---|---|
    | OrderPlaced | Order | Frontend, Warehouse | exactly once |
    | Odd | Payments | Catalog | whenever |

    ## Talk

    | Service Pair | Protocol |
    |---|---|
    | Frontend ↔ Catalog | REST |
    | Order Service -> Payments | gRPC |

    ### API Endpoint Specifications

    #### GET /orders/{orderId}

    **Service**: Order Service

    | Status Code | Description |
    |---|---|
    | 200 | ok |
    | two hundred | odd |

    #### Fetch Things

    **HTTP Method**: FETCH

    **URL Pattern**: /things/:id

    ## Queues

    | Queue Name | Purpose |
    |---|---|
    | payments.retry | Retries for Payments |

    Left over: [REPLACE: owner name]

    ## Error Response Standards

    | Error Type | HTTP Status |
    |---|---|
    | Not Found | 404 |
    """

  let contract: InterfaceContract
  let diagnostics: [Diagnostic]

  init() {
    (contract, diagnostics) = readContract(Self.text)
  }

  @Test func statusIsFinalizedAndPlaceholdersBecomeErrors() {
    #expect(contract.status == .finalized)
    #expect(contract.statusWritten == "Finalized")
    let placeholderFindings = diagnostics.filter { $0.rule.id.hasPrefix("placeholders.") }
    #expect(placeholderFindings.count == 2)
    #expect(placeholderFindings.allSatisfy { $0.severity == .error })
    #expect(contract.placeholders.contains { $0.isTemplateRow && $0.location.line == 9 })
    #expect(contract.placeholders.contains { $0.text == "[REPLACE: owner name]" && $0.location.line == 58 })
  }

  @Test func columnsAreFoundByNameInAnyOrderAndExtraColumnsAreKept() {
    #expect(contract.components.map(\.name) == ["Frontend Web App", "Catalog", "Payments", "Order Service"])
    #expect(contract.components[0].responsibility == "UI")
    #expect(contract.components[0].owner == "Web")
    #expect(contract.components[0].extra == ["Region": "eu"])
    #expect(contract.components[0].location.line == 10)
  }

  @Test func emptyMarkersMeanNoDependencies() {
    #expect(contract.components[1...].allSatisfy { $0.dependencies.isEmpty })
  }

  @Test func unknownNamesWarnWithASuggestion() throws {
    let dependencies = contract.components[0].dependencies
    #expect(dependencies.map(\.match) == [.exact, .unresolved])
    let warning = try #require(diagnostics.first { $0.message.contains("'Paymnts'") })
    #expect(warning.rule.id == "names.unknown")
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("did you mean 'Payments'?"))
    #expect(warning.location == SourceLocation(file: "COMMON_INTERFACES.md", line: 10, column: 3))
  }

  @Test func aUniqueContainmentResolvesWithANote() throws {
    let publisher = try #require(contract.events.first?.publisher)
    #expect(publisher.match == .containment)
    #expect(publisher.target == ReferenceTarget(kind: .component, name: "Order Service"))
    #expect(
      diagnostics.contains {
        $0.rule.id == "names.partial-match" && $0.severity == .note && $0.message.contains("'Order'")
      })
    #expect(contract.events[0].subscribers.map(\.match) == [.containment, .unresolved])
  }

  @Test func tablesWithoutTheirHeadingAreFoundByTheirHeaders() {
    #expect(contract.events.map(\.name) == ["OrderPlaced", "Odd"])
    #expect(contract.events[0].deliveryGuarantee == .exactlyOnce)
    #expect(contract.events[1].deliveryGuarantee == nil)
    #expect(contract.events[1].guaranteeWritten == "whenever")
    #expect(
      diagnostics.contains { $0.rule.id == "values.not-understood" && $0.message.contains("'whenever'") })
  }

  @Test func protocolPairsKnowTheirDirection() {
    #expect(contract.protocolPairs.map(\.bidirectional) == [true, false])
    #expect(contract.protocolPairs[1].from.target?.name == "Order Service")
    #expect(contract.protocolPairs[1].to.target?.name == "Payments")
  }

  @Test func endpointsFromHeadingsAndFields() {
    #expect(contract.endpoints.map(\.name) == ["GET /orders/{orderId}", "Fetch Things"])
    let first = contract.endpoints[0]
    #expect(first.method == .get)
    #expect(first.urlPattern == "/orders/{orderId}")
    #expect(first.pathParameters == ["orderId"])
    #expect(first.owner == Ownership(component: "Order Service", inferred: false, basis: "service line"))
    #expect(first.responses.map(\.statusCode) == [200, nil])
    let second = contract.endpoints[1]
    #expect(second.method == nil)
    #expect(second.methodWritten == "FETCH")
    #expect(second.pathParameters == ["id"])
    #expect(diagnostics.contains { $0.message.contains("HTTP method 'FETCH'") })
    #expect(diagnostics.contains { $0.message.contains("HTTP status 'two hundred'") })
  }

  @Test func ownersAreInferredAndMarked() {
    #expect(contract.queues[0].owner == Ownership(component: "Payments", inferred: true, basis: "purpose"))
    #expect(
      contract.events[0].owner == Ownership(component: "Order Service", inferred: true, basis: "publisher"))
  }

  @Test func aTableUnderItsHeadingMissingAColumnIsReadWithAWarning() {
    #expect(contract.errors.map(\.httpStatus) == [404])
    #expect(
      diagnostics.contains { $0.rule.id == "tables.missing-column" && $0.message.contains("'error code'") })
  }

  @Test func externalSystemSLAsAreFigures() {
    let figures = contract.externalSystems[0].slaFigures
    #expect(figures.map(\.value) == [99.99, 1])
    #expect(figures.map(\.unit) == ["%", "s"])
    #expect(figures[1].comparator == .lessThan)
    #expect(figures[1].baseValue == 1000)
  }
}
