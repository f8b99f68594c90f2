import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import FestivalModel

/// AsyncAPI 2.6 and 3.0 documents read into the model: the component, its messages as events it
/// publishes or subscribes to, its channels, and the payload schemas.
@Suite struct AsyncAPIReaderTests {
  static func read(_ name: String) throws -> ContractFragment {
    let text = try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/asyncapi/\(name)"),
      encoding: .utf8)
    return OpenAPIReader.read(text, path: name, title: name)
  }

  @Test func anAsyncAPITwoDocumentPublishesWhatItsChannelsSubscribeTo() throws {
    let fragment = try Self.read("tracking-2.6.yaml")
    #expect(fragment.diagnostics.isEmpty)
    let contract = fragment.contract
    #expect(contract.components.map(\.name) == ["Tracking Service"])
    #expect(contract.components.first?.technology == ["kafka"])
    #expect(contract.events.map(\.name) == ["ParcelScanned", "ChargeRequested"])
    let scanned = contract.events[0]
    #expect(scanned.publisher?.written == "Tracking Service" && scanned.subscribers.isEmpty)
    #expect(scanned.payload == "Scan" && scanned.trigger == "One scan by a courier or hub")
    #expect(
      scanned.extra["Channel"] == "tracking.scans" && scanned.extra["Content type"] == "application/json")
    let charge = contract.events[1]
    #expect(charge.publisher == nil && charge.subscribers.map(\.written) == ["Tracking Service"])
    #expect(scanned.extra["Headers"] == "traceId: string")
    #expect(scanned.extra["Bindings"] == "kafka:\n  key:\n    type: string")
    #expect(contract.queues.first?.extra["Bindings"] == "kafka:\n  partitions: 12")
    #expect(contract.queues.map(\.name) == ["tracking.scans", "billing.charges"])
    #expect(contract.queues.map(\.consumers) == ["", "Tracking Service"])
    #expect(contract.entities.map(\.name) == ["Scan", "Charge"])
    #expect(contract.entities[0].fields.map(\.type) == ["string (uuid)", "string (date-time)", "string"])
  }

  @Test func anAsyncAPIThreeDocumentSendsAndReceivesThroughOperations() throws {
    let fragment = try Self.read("notifications-3.0.yaml")
    #expect(fragment.diagnostics.isEmpty)
    let contract = fragment.contract
    #expect(contract.components.map(\.name) == ["Notification Service"])
    #expect(contract.components.first?.technology == ["amqp"])
    #expect(contract.events.map(\.name) == ["SendMessage", "MessageDelivered"])
    #expect(contract.events[0].subscribers.map(\.written) == ["Notification Service"])
    #expect(
      contract.events[0].payload == "Message"
        && contract.events[0].extra["Channel"] == "notifications.outbound")
    #expect(contract.events[1].publisher?.written == "Notification Service")
    #expect(
      contract.events[1].payload == "object" && contract.events[1].trigger == "A message reached its person")
    #expect(contract.queues.map(\.name) == ["notifications.outbound", "notifications.delivered"])
    #expect(contract.queues[0].consumers == "Notification Service" && contract.queues[0].location.line == 10)
  }

  @Test func anUnknownAsyncAPIVersionIsReported() {
    let fragment = OpenAPIReader.read(
      "asyncapi: 1.2.0\ninfo:\n  title: Old\n", path: "old.yaml", title: "old")
    #expect(fragment.diagnostics.map(\.rule) == [.sourcesOpenAPI])
    #expect(fragment.diagnostics.first?.message.contains("'1.2.0'") == true)
  }
}
