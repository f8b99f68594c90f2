import ContentReader
import Foundation
import TestSupport
import Testing

@testable import FestivalModel

/// The typed values of a fully filled interface document (`Tests/Fixtures/sample`, a frozen copy of the
/// sample festival).
@Suite struct SampleContractTests {
  let model: ContentModel
  let contract: InterfaceContract

  init() throws {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample")
    model = FestivalModelBuilder.build(try ContentReader.read(root: root))
    contract = try #require(model.festivals.first?.interfaces)
  }

  @Test func theSampleHasNoFindings() {
    #expect(model.diagnostics.map { $0.formatted() } == [])
  }

  @Test func statusAndDocumentFields() {
    #expect(contract.status == .underReview)
    #expect(contract.reviewDeadline == "2026-12-04")
    #expect(contract.messageBroker?.hasPrefix("Apache Kafka") == true)
    #expect(contract.internalProtocol.selected?.hasPrefix("gRPC") == true)
    #expect(!contract.isUnfilledTemplate)
  }

  @Test func componentsAndTheirResolvedDependencies() throws {
    #expect(contract.components.count == 8)
    let gateway = try #require(contract.components.first { $0.name == "API Gateway" })
    #expect(gateway.technology == ["Envoy", "Lua filters"])
    #expect(gateway.owner == "Platform Team")
    #expect(
      gateway.dependencies.map(\.target?.name) == [
        "Identity Service", "Shipment Service", "Tracking Service", "Billing Service",
      ])
    let shipments = try #require(contract.components.first { $0.name == "Shipment Service" })
    #expect(shipments.dependencies.map(\.target?.kind) == [.component, .externalSystem])
  }

  @Test func operationsAndDataContractsAreTyped() throws {
    #expect(
      contract.serviceInterfaces.map(\.name) == [
        "Shipment Service", "Tracking Service", "Identity Service", "API Gateway", "Notification Service",
        "Billing Service",
      ])
    let shipment = contract.serviceInterfaces[0]
    #expect(shipment.component?.target?.name == "Shipment Service")
    #expect(shipment.communicationMethod == "gRPC inside the cluster, REST through the API Gateway")
    let create = try #require(shipment.operations.first)
    #expect(create.errorCases == ["Invalid address", "Unsupported size"])
    #expect(create.slaFigures.first?.comparator == .lessThan)
    #expect(create.slaFigures.first?.baseValue == 300)
    #expect(shipment.dataContract.map(\.required) == [true, true, true, true, false, true])
    #expect(shipment.dataContract[4].defaultValue == "0.00")
    #expect(shipment.dataContract[2].defaultValue == nil)
    #expect(shipment.dataContract[3].validation.contains("{\"l\": cm"))
    // The status field's validation lists its moves: the lifecycle the component page draws.
    let lifecycle = try #require(Lifecycle.first(in: shipment.dataContract))
    #expect(lifecycle.field == "status")
    #expect(lifecycle.states == ["CREATED", "PICKED_UP", "IN_TRANSIT", "DELIVERED", "RETURNED", "CANCELLED"])
    #expect(lifecycle.transitions.count == 5)
  }

  @Test func endpointsWithMethodsParametersAndStatusCodes() throws {
    #expect(contract.endpoints.map(\.method) == [.post, .get, .get, .post])
    let create = contract.endpoints[0]
    #expect(create.urlPattern == "/v1/shipments")
    #expect(create.responses.map(\.statusCode) == [201, 400, 401, 409])
    #expect(create.parameters.map(\.placement) == [.header, .header, .body])
    #expect(create.owner == Ownership(component: "Shipment Service", inferred: false, basis: "service line"))
    #expect(contract.endpoints[2].pathParameters == ["trackingNumber"])
    #expect(contract.endpoints[2].parameters[1].required == false)
  }

  @Test func eventsQueuesAndOwners() {
    #expect(
      contract.events.map(\.deliveryGuarantee) == [
        .atLeastOnce, .exactlyOnce, .atLeastOnce, .atLeastOnce, .atLeastOnce,
      ])
    #expect(
      contract.events[0].subscribers.map(\.target?.name) == ["Notification Service", "Billing Service"])
    #expect(
      contract.events[0].owner == Ownership(component: "Identity Service", inferred: true, basis: "publisher")
    )
    #expect(contract.queues.map(\.consumerCount) == [4, 2, 6])
    #expect(
      contract.queues.map(\.owner?.component) == [
        "Notification Service", "Billing Service", "Tracking Service",
      ])
    #expect(contract.queues.allSatisfy { $0.owner?.inferred == true })
  }

  @Test func authorizationCellsAreCapabilitiesAndScopes() throws {
    let matrix = try #require(contract.authorization)
    #expect(matrix.roles == ["Anonymous", "Recipient", "Shipper", "Admin"])
    #expect(matrix.rows.count == 6)
    let shipment = matrix.rows[1]
    #expect(shipment.cells.map(\.scope) == [.none, .own, .own, .all])
    #expect(shipment.cells[1].capabilities == [.read])
    #expect(shipment.cells[3].capabilities == [.read, .create, .update, .delete])
    #expect(matrix.rows.allSatisfy { $0.cells.allSatisfy(\.understood) })
    #expect(matrix.rows[4].cells[0].capabilities == [.create])
  }

  @Test func performanceAndScalabilityFigures() throws {
    let timeline = try #require(contract.performance.first)
    #expect(timeline.subject.target == ReferenceTarget(kind: .endpoint, name: "Get Tracking Timeline"))
    #expect(timeline.percentile == "p95")
    #expect(timeline.responseTime?.baseValue == 100)
    #expect(timeline.throughput?.unit == "req/s")
    #expect(timeline.throughput?.value == 2000)
    #expect(timeline.availability?.value == 99.95)
    #expect(timeline.errorRate?.comparator == .lessThan)
    #expect(contract.performance[3].subject.target?.kind == .component)
    #expect(
      contract.scalability.map(\.component.target?.name) == [
        "API Gateway", "Tracking Service", "Shipment Service", "Notification Service",
      ])
    #expect(contract.scalability[3].maxFigures.first?.value == 16)
    #expect(contract.scalability[3].maxFigures.first?.baseUnit == "B")
  }

  @Test func errorsMonitoringAndReview() {
    #expect(contract.errors.map(\.httpStatus) == [400, 401, 403, 404, 409, 429])
    #expect(contract.errors[0].responseFormat == "{\"field\": \"error message\"}")
    #expect(contract.monitoring[0].thresholdFigures.map(\.written) == [">250ms", "5 minutes"])
    #expect(contract.reviewChecklist.filter { $0.state == .checked }.count == 6)
    #expect(contract.signOffs.map(\.state) == [.approved, .approved, .changesNeeded, .pending, .pending])
    #expect(contract.signOffs[0].date == "2026-11-18")
    #expect(
      contract.finalizationCriteria.map(\.state) == [
        .checked, .unchecked, .checked, .checked, .unchecked, .checked,
      ])
    #expect(contract.developmentStandards.count == 4)
    #expect(contract.testingStrategy[0].values["Frequency"] == "Every commit")
  }

  @Test func diagramsAreKeptWithTheirKind() {
    #expect(contract.diagrams.map(\.kind) == [.flowchart, .sequence])
    #expect(contract.authenticationFlow?.location.line == contract.diagrams[1].location.line)
  }

  @Test func festivalTreeAndProgress() throws {
    let festival = try #require(model.festivals.first)
    #expect(festival.name == "Parcel Tracking Platform")
    #expect(festival.lifecycle == "active")
    #expect(festival.festivalID == "PT0001")
    #expect(festival.phases.map(\.number) == [1, 2, 3, 4])
    let contracts = festival.phases[1].sequences[1]
    #expect(
      contracts.taskGroups.map { $0.map(\.name) } == [
        ["shipment_api", "tracking_events"], ["security_review"],
      ])
    #expect(contracts.tasks.map(\.effectiveStatus) == [.completed, .inProgress, .blocked])
    let untracked = festival.phases[2].sequences[0].tasks[1]
    #expect(untracked.status == nil)
    #expect(untracked.effectiveStatus == .pending)
    #expect(contracts.tasks[2].state.source == .events)
    #expect(contracts.tasks[2].state.blockedReason?.contains("token lifetimes") == true)
    #expect(festival.phases[0].counts.completed == 2)
    #expect(festival.phases[0].counts.total == 2)
    #expect(festival.counts.total == 10)
    #expect(model.looseContracts.map(\.status) == [.draft])
  }
}
