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

  /// A channel and its messages in another file, whose payloads name schemas in a third: each is read in
  /// its own file, the events keep the operation's place, and the schemas become data elements there.
  @Test func channelsAndMessagesInOtherFilesAreFollowed() {
    let document = """
      asyncapi: 3.0.0
      info:
        title: Orders
        version: '1'
      channels:
        placed:
          $ref: 'channels/orders.yaml#/placed'
      operations:
        announce:
          action: send
          channel:
            $ref: '#/channels/placed'
      """
    let channels = """
      placed:
        address: orders.placed
        description: Orders as they are placed
        messages:
          orderPlaced:
            $ref: '#/messages/OrderPlaced'
      messages:
        OrderPlaced:
          name: OrderPlaced
          payload:
            $ref: '../schemas/order.yaml'
      """
    let order =
      "type: object\nrequired: [id]\nproperties:\n  id:\n    type: string\n  total:\n    type: number\n"
    let fragment = OpenAPIReader.read(
      document, path: "api/orders.yaml", title: "Orders",
      references: ["api/channels/orders.yaml": channels, "api/schemas/order.yaml": order])
    #expect(fragment.diagnostics.isEmpty)
    #expect(fragment.referencedFiles == ["api/channels/orders.yaml", "api/schemas/order.yaml"])
    let event = fragment.contract.events.first
    #expect(event?.name == "OrderPlaced" && event?.payload == "order")
    #expect(event?.publisher?.written == "Orders" && event?.extra["Channel"] == "orders.placed")
    #expect(event?.location == SourceLocation(file: "api/orders.yaml", line: 9, column: 3))
    #expect(fragment.contract.queues.map(\.name) == ["orders.placed"])
    #expect(fragment.contract.queues.first?.purpose == "Orders as they are placed")
    let schema = fragment.contract.entities.first
    #expect(schema?.name == "order" && schema?.location.file == "api/schemas/order.yaml")
    #expect(schema?.fields.map(\.name) == ["id", "total"] && schema?.fields.first?.required == true)
  }
}
