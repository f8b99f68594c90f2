import FestivalModel
import Foundation

/// A festival's events and queues as one AsyncAPI 3.0 document (JSON, keys sorted): each event a message
/// on its channel, each publisher's `send` and each subscriber's `receive` an operation naming its
/// component (`x-owner`), each queue a channel, and the payload schemas the messages name.
public enum AsyncAPIExport {
  /// The document's JSON text, or nil for a contract without events or queues.
  public static func document(_ contract: InterfaceContract) -> String? {
    guard !contract.events.isEmpty || !contract.queues.isEmpty else { return nil }
    let schemas = named(by: contract.events.map(\.payload), in: contract)
    let known = Set(schemas.map(\.name))
    var channels: [String: [String: Any]] = [:]
    var operations: [String: Any] = [:]
    var messages: [String: Any] = [:]
    for event in contract.events {
      let address = event.extra["Channel"] ?? event.name
      let channel = OpenAPIExport.slug(address)
      var entry = channels[channel] ?? ["address": address]
      var listed = entry["messages"] as? [String: Any] ?? [:]
      listed[event.name] = ["$ref": "#/components/messages/\(event.name)"]
      entry["messages"] = listed
      channels[channel] = entry
      var message: [String: Any] = [
        "name": event.name, "payload": SchemaText.schema(event.payload, known: known),
      ]
      if !event.trigger.isEmpty { message["summary"] = event.trigger }
      if let type = event.extra["Content type"] { message["contentType"] = type }
      messages[event.name] = message
      let reference = ["$ref": "#/channels/\(channel)/messages/\(event.name)"]
      var parties: [(String, String)] = []
      if let publisher = event.publisher {
        parties.append(("send", publisher.target?.name ?? publisher.written))
      }
      for subscriber in event.subscribers {
        parties.append(("receive", subscriber.target?.name ?? subscriber.written))
      }
      for (action, component) in parties {
        operations[OpenAPIExport.slug(component) + "-\(action)s-" + OpenAPIExport.slug(event.name)] = [
          "action": action, "channel": ["$ref": "#/channels/\(channel)"], "messages": [reference],
          "x-owner": component,
        ]
      }
    }
    // Queues are channels too; one an event already uses keeps its messages and gains the description.
    for queue in contract.queues {
      let channel = OpenAPIExport.slug(queue.name)
      var entry = channels[channel] ?? ["address": queue.name]
      if !queue.purpose.isEmpty { entry["description"] = queue.purpose }
      channels[channel] = entry
    }
    var components: [String: Any] = ["messages": messages]
    if !schemas.isEmpty {
      components["schemas"] = Dictionary(
        uniqueKeysWithValues: schemas.map { ($0.name, OpenAPIExport.schema($0, known: known)) })
    }
    let document: [String: Any] = [
      "asyncapi": "3.0.0", "info": ["title": contract.title, "version": "unversioned"],
      "channels": channels, "operations": operations, "components": components,
      "x-festdoc": ["contract": contract.path],
    ]
    return OpenAPIExport.text(document)
  }

  /// The data elements the texts name, and those their fields name in turn, so every `$ref` resolves.
  static func named(by texts: [String], in contract: InterfaceContract) -> [DataEntity] {
    var names = Set<String>()
    var pending = texts
    var result: [DataEntity] = []
    while let text = pending.popLast() {
      for entity in contract.entities
      where !names.contains(entity.name) && OpenAPIExport.mentions(text, entity.name) {
        names.insert(entity.name)
        result.append(entity)
        pending += entity.fields.map(\.type)
      }
    }
    return result.sorted { $0.name < $1.name }
  }
}
