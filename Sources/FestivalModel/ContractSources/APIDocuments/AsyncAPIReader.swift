import Diagnostics
import Yams

/// Reads an AsyncAPI 2.x or 3.0 document into the interface model: the component it describes, each
/// message as an event (this component publishes what it sends and subscribes to what it receives),
/// each channel as a queue or topic, and the payload schemas as data elements.
struct AsyncAPIReader: APIDocumentReading {
  enum Version { case two, three }

  var path: String
  var root: Node
  let version: Version
  var contract: InterfaceContract
  var diagnostics: [Diagnostic] = []
  var component = ""
  let documents: ReferencedDocuments

  static func version(_ root: Node) -> Version? {
    guard let written = root["asyncapi"]?.string else { return nil }
    if written.hasPrefix("2.") { return .two }
    if written.hasPrefix("3.") { return .three }
    return nil
  }

  static func read(_ root: Node, path: String, title: String, documents: ReferencedDocuments)
    -> ContractFragment
  {
    var contract = InterfaceContract(path: path, title: title)
    guard let version = version(root) else {
      let at = root["asyncapi"] ?? root
      return ContractFragment(
        contract: contract,
        diagnostics: [
          OpenAPIReader.finding(
            "AsyncAPI version '\(root["asyncapi"]?.string ?? "none")' is not one festdoc reads (2.x or 3.0); the document is skipped",
            path: path, line: at.mark?.line ?? 1, column: at.mark?.column ?? 1)
        ])
    }
    let info = root["info"]
    let name = root["x-owner"]?.string ?? info?["x-owner"]?.string ?? info?["title"]?.string ?? title
    var protocols: [String] = []
    for (_, server) in root["servers"]?.mapping ?? [:] {
      if let value = server["protocol"]?.string, !protocols.contains(value) { protocols.append(value) }
    }
    contract.components.append(
      Component(
        name: name,
        responsibility: info?["description"]?.string?.split(separator: "\n").first.map(String.init) ?? "",
        technology: protocols, dependencies: [], owner: nil,
        extra: info?["version"]?.string.map { ["Version": $0] } ?? [:], location: at(info ?? root, path)))
    var reader = AsyncAPIReader(
      path: path, root: root, version: version, contract: contract, component: name, documents: documents)
    version == .two ? reader.readChannelsTwo() : reader.readOperationsThree()
    reader.readSchemas()
    reader.readReferencedSchemas(documentPath: path, owner: name)
    var fragment = ContractFragment(contract: reader.contract, diagnostics: reader.diagnostics)
    fragment.referencedFiles = documents.followed
    return fragment
  }

  static func at(_ node: Node, _ path: String) -> SourceLocation {
    SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }

  /// AsyncAPI 2: under each channel, `subscribe` lists what this application sends (others subscribe
  /// to it), `publish` what it receives.
  mutating func readChannelsTwo() {
    for (key, written) in root["channels"]?.mapping ?? [:] {
      guard let address = key.string, let place = locate(written) else { continue }
      let location = at(key)
      // A channel in another file is read there: its messages' `$ref`s are that file's.
      within(place) { reader in
        var receives = false
        for (operationKey, operation) in place.node.mapping ?? [:] {
          guard let kind = operationKey.string, kind == "publish" || kind == "subscribe" else { continue }
          receives = receives || kind == "publish"
          let at = reader.at(operationKey)
          for message in reader.messages(operation["message"]) {
            reader.addEvent(
              message, sends: kind == "subscribe", channel: address, at: at, operation: operation)
          }
        }
        reader.addChannel(address, place.node, at: location, receives: receives)
      }
    }
  }

  /// AsyncAPI 3: `operations` send or receive the messages of a channel; channels hold the messages.
  mutating func readOperationsThree() {
    var channelsUsed: [String: Bool] = [:]
    for (key, operation) in root["operations"]?.mapping ?? [:] {
      let action = operation["action"]?.string ?? ""
      guard let channelRef = operation["channel"], let channel = locate(channelRef) else { continue }
      let address =
        channel.node["address"]?.string ?? channelRef["$ref"]?.string.map(Self.referenceName) ?? ""
      let listed = operation["messages"]?.sequence.map(Array.init) ?? []
      let location = at(key)
      for written in listed {
        guard let message = locate(written) else { continue }
        addEvent(
          (message, written), sends: action == "send", channel: address, at: location, operation: operation)
      }
      // With no list of its own, the operation carries every message of its channel, whose `$ref`s are
      // the channel's file's.
      if listed.isEmpty {
        within(channel) { reader in
          for written in channel.node["messages"]?.mapping.map({ Array($0.values) }) ?? [] {
            guard let message = reader.locate(written) else { continue }
            reader.addEvent(
              (message, written), sends: action == "send", channel: address, at: location,
              operation: operation)
          }
        }
      }
      channelsUsed[address, default: false] = channelsUsed[address, default: false] || action == "receive"
    }
    for (key, written) in root["channels"]?.mapping ?? [:] {
      guard let channel = resolve(written) else { continue }
      let address = channel["address"]?.string ?? key.string ?? ""
      addChannel(address, channel, at: at(key), receives: channelsUsed[address] ?? false)
    }
  }

  /// A message node, or each of a 2.x `oneOf` list, with the node as written (its `$ref` names it).
  mutating func messages(_ written: Node?) -> [(Located, Node)] {
    guard let written, let message = locate(written) else { return [] }
    if let choices = message.node["oneOf"]?.sequence {
      return within(message) { reader in
        choices.compactMap { choice in reader.locate(choice).map { ($0, choice) } }
      }
    }
    return [(message, written)]
  }

  /// A message as an event of its channel, read in the file it is written in (its payload's and headers'
  /// `$ref`s are that file's); `location` is the operation's.
  mutating func addEvent(
    _ found: (Located, Node), sends: Bool, channel: String, at location: SourceLocation, operation: Node
  ) {
    let (place, written) = found
    within(place) {
      $0.addEvent(place.node, written, sends: sends, channel: channel, at: location, operation: operation)
    }
  }

  private mutating func addEvent(
    _ message: Node, _ written: Node, sends: Bool, channel: String, at location: SourceLocation,
    operation: Node
  ) {
    let name =
      message["name"]?.string ?? message["messageId"]?.string
      ?? written["$ref"]?.string.map(Self.referenceName) ?? operation["operationId"]?.string ?? channel
    // An operation may name its component (`x-owner`), as festdoc's own export writes them.
    let owner = operation["x-owner"]?.string ?? component
    let me = NameReference(written: owner, target: nil, match: .unresolved, location: location)
    let payload = message["payload"].map { schemaType($0) } ?? ""
    if let index = contract.events.firstIndex(where: { $0.name == name }) {
      if sends {
        contract.events[index].publisher = me
      } else {
        contract.events[index].subscribers.append(me)
      }
      return
    }
    var extra = ["Channel": channel]
    if let type = message["contentType"]?.string ?? root["defaultContentType"]?.string {
      extra["Content type"] = type
    }
    if let headers = message["headers"] {
      let fields = fields(of: resolve(headers) ?? headers, prefix: "", depth: 0)
      extra["Headers"] = fields.map { "\($0.name): \($0.type)" }.joined(separator: ", ")
    }
    // Protocol bindings are kept as written: festdoc does not read them.
    if let bindings = Self.written(message["bindings"] ?? operation["bindings"]) {
      extra["Bindings"] = bindings
    }
    contract.events.append(
      EventContract(
        name: name, publisher: sends ? me : nil, subscribers: sends ? [] : [me],
        trigger: message["summary"]?.string ?? operation["summary"]?.string ?? "", payload: payload,
        deliveryGuarantee: nil, guaranteeWritten: "",
        owner: Ownership(
          component: owner, inferred: !sends, basis: sends ? "it sends it" : "its API document"),
        extra: extra, location: location))
  }

  /// A node as YAML text, for what is kept as written.
  static func written(_ node: Node?) -> String? {
    guard let node, let text = try? Yams.serialize(node: node) else { return nil }
    return text.trimmingSpacesAndNewlines()
  }

  mutating func addChannel(_ address: String, _ channel: Node, at location: SourceLocation, receives: Bool) {
    guard !address.isEmpty else { return }
    contract.queues.append(
      MessageQueue(
        name: address, purpose: channel["description"]?.string ?? "",
        messageFormat: root["defaultContentType"]?.string ?? "", consumers: receives ? component : "",
        consumerCount: nil, deadLetter: "",
        owner: Ownership(component: component, inferred: true, basis: "its AsyncAPI document"),
        extra: Self.written(channel["bindings"]).map { ["Bindings": $0] } ?? [:],
        location: location))
  }

  /// The payload schemas of `components/schemas`, and the payloads of `components/messages` written inline.
  mutating func readSchemas() {
    for (key, written) in root["components"]?["schemas"]?.mapping ?? [:] {
      guard let name = key.string else { continue }
      contract.entities.append(entity(named: name, at: key, schema: written, owner: component))
    }
  }
}
