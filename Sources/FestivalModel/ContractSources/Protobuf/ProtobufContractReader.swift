import Diagnostics

/// Turns protobuf declarations into the interface model: a `service` is a component with its `rpc`s as
/// operations, a `message` a data element with typed fields, an `enum` a set of values.
enum ProtobufContractReader {
  /// Reads `text` (a file, or a block whose first line is `firstLine` of `path`) into `contract`.
  /// `owner` is the component the surrounding document names, for messages no service of the block uses.
  static func read(
    _ text: String, path: String, firstLine: Int, owner: Ownership?, into contract: inout InterfaceContract
  ) -> [Diagnostic] {
    let (file, diagnostics) = ProtoParser.parse(text, path: path, firstLine: firstLine)
    let at = { (line: Int) in SourceLocation(file: path, line: line, column: 1) }
    let messages = Dictionary(file.messages.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    var users: [String: Ownership] = [:]
    for service in file.services {
      for rpc in service.rpcs {
        for (message, role) in [(rpc.request, "request"), (rpc.response, "response")]
        where users[message] == nil {
          users[message] = Ownership(
            component: service.name, inferred: true, basis: "the \(role) of rpc \(rpc.name)")
        }
      }
      contract.components.append(component(service, package: file.package, at: at(service.line)))
      contract.serviceInterfaces.append(
        ServiceInterface(
          name: service.name,
          component: NameReference(
            written: service.name, target: ReferenceTarget(kind: .component, name: service.name),
            match: .exact, location: at(service.line)),
          purpose: service.comment.isEmpty ? nil : service.comment, communicationMethod: "gRPC",
          operations: service.rpcs.map { operation($0, messages: messages, path: path) }, dataContract: [],
          location: at(service.line)))
    }
    if !file.looseRPCs.isEmpty {
      addLooseRPCs(file.looseRPCs, owner: owner, messages: messages, path: path, into: &contract)
    }
    let single = file.services.count == 1 ? file.services[0].name : nil
    let fallback =
      owner
      ?? single.map { Ownership(component: $0, inferred: true, basis: "declared beside service \($0)") }
    for message in file.messages {
      var entity = data(
        message.name, .message, comment: message.comment, package: file.package, at: at(message.line))
      entity.fields = message.fields.map { field($0, path: path) }
      entity.owner = users[message.name] ?? users[lastPart(message.name)] ?? fallback
      contract.entities.append(entity)
    }
    for value in file.enums {
      var entity = data(
        value.name, .enumeration, comment: value.comment, package: file.package, at: at(value.line))
      entity.values = value.values.map {
        EnumValue(name: $0.name, number: $0.number, description: $0.comment, location: at($0.line))
      }
      entity.owner = fallback
      contract.entities.append(entity)
    }
    return diagnostics
  }

  /// rpcs written without their service: placed by the merger on the rpcs of those names, or on the
  /// component the document names (the candidates' service, as headings that may name rpcs are).
  private static func addLooseRPCs(
    _ rpcs: [ProtoRPC], owner: Ownership?, messages: [String: ProtoMessage], path: String,
    into contract: inout InterfaceContract
  ) {
    var operations = rpcs.map { operation($0, messages: messages, path: path) }
    if let owner {
      for index in operations.indices {
        operations[index].extra[ContractMerger.candidateOwnerKey] = owner.component
      }
    }
    if let index = contract.serviceInterfaces.firstIndex(where: { $0.name.isEmpty && $0.component == nil }) {
      contract.serviceInterfaces[index].operations += operations
      return
    }
    contract.serviceInterfaces.append(
      ServiceInterface(
        name: "", component: nil, purpose: nil, communicationMethod: "gRPC", operations: operations,
        dataContract: [], location: operations[0].location))
  }

  private static func component(_ service: ProtoService, package: String?, at location: SourceLocation)
    -> Component
  {
    var extra: [String: String] = [:]
    if let package { extra["Package"] = package }
    return Component(
      name: service.name, responsibility: service.comment, technology: ["gRPC"], dependencies: [],
      owner: nil, extra: extra, location: location)
  }

  private static func operation(_ rpc: ProtoRPC, messages: [String: ProtoMessage], path: String) -> Operation
  {
    let location = SourceLocation(file: path, line: rpc.line, column: 1)
    var operation = Operation(
      name: rpc.name, input: rpc.request, output: rpc.response, errorCases: [], performanceSLA: "",
      slaFigures: [], extra: [:], location: location)
    operation.clientStreaming = rpc.clientStreaming
    operation.serverStreaming = rpc.serverStreaming
    operation.summary = rpc.comment
    operation.requestFields = (messages[rpc.request]?.fields ?? []).map { field($0, path: path) }
    operation.responseFields = (messages[rpc.response]?.fields ?? []).map { field($0, path: path) }
    return operation
  }

  static func data(
    _ name: String, _ form: DataForm, comment: String, package: String?, at location: SourceLocation
  ) -> DataEntity {
    var entity = DataEntity(
      name: name, purpose: comment, storage: "", relationships: [], relationshipsWritten: "",
      accessPatterns: [], owner: nil, extra: [:], location: location)
    entity.form = form
    entity.package = package
    return entity
  }

  private static func field(_ field: ProtoField, path: String) -> DataField {
    var extra = ["Number": field.number]
    if let oneof = field.oneof { extra["Oneof"] = oneof }
    let type = field.label == "repeated" ? "repeated \(field.type)" : field.type
    return DataField(
      name: field.name, type: type,
      required: field.label == "required" ? true : (field.label == "optional" ? false : nil),
      requiredWritten: field.label == "repeated" ? "" : field.label, validation: "", defaultValue: nil,
      description: field.comment, extra: extra,
      location: SourceLocation(file: path, line: field.line, column: 1))
  }

  private static func lastPart(_ name: String) -> String {
    name.split(separator: ".").last.map(String.init) ?? name
  }
}
