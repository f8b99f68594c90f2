import Diagnostics
import Markdown

/// Creating elements as the walk finds them, and the inline forms: list items, code spans, registries.
extension MarkdownContractScanner {
  /// The endpoint's index, added when this document has not named the route yet.
  mutating func addEndpoint(_ mention: EndpointMention, summary: String, line: Int, owner: Ownership?) -> Int
  {
    let route = EndpointMention.routeKey(method: mention.method.rawValue, path: mention.path)
    if let known = endpoints[route] {
      if (contract.endpoints[known].purpose ?? "").isEmpty, !summary.isEmpty {
        contract.endpoints[known].purpose = summary
      }
      return known
    }
    mentions += 1
    let words = summary.trimmingSpaces()
    contract.endpoints.append(
      Endpoint(
        name: "\(mention.method.rawValue) \(mention.path)",
        purpose: words.isEmpty ? nil : words, method: mention.method, methodWritten: mention.method.rawValue,
        urlPattern: mention.path, pathParameters: mention.pathParameters, owner: owner, parameters: [],
        responses: [], location: at(line)))
    endpoints[route] = contract.endpoints.count - 1
    return contract.endpoints.count - 1
  }

  /// The message's index, added as a message of its own when this document has not named it.
  mutating func messageIndex(named name: String, line: Int, owner: Ownership?) -> Int {
    if let known = messages[fold(name)] { return known }
    var entity = ProtobufContractReader.data(name, .message, comment: "", package: nil, at: at(line))
    entity.owner = owner
    contract.entities.append(entity)
    messages[fold(name)] = contract.entities.count - 1
    return contract.entities.count - 1
  }

  /// An rpc written out in a heading: added to the owner's service interface, never a component.
  mutating func operationTarget(_ declared: RPCDeclaration, line: Int, context: SourceContext)
    -> SourceContext.Target
  {
    if let known = operations[fold(declared.name)] {
      return .operation(service: known.service, operation: known.operation)
    }
    var operation = Operation(
      name: declared.name, input: declared.request, output: declared.response, errorCases: [],
      performanceSLA: "", slaFigures: [], extra: [:], location: at(line))
    operation.clientStreaming = declared.clientStreaming
    operation.serverStreaming = declared.serverStreaming
    // Nobody named as its owner: the merger places it on an rpc of that name, or leaves it.
    guard let owner = context.owner else { return candidate(operation, owner: nil) }
    let service = serviceIndex(for: owner, line: line)
    contract.serviceInterfaces[service].operations.append(operation)
    let index = contract.serviceInterfaces[service].operations.count - 1
    operations[fold(declared.name)] = (service, index)
    return .operation(service: service, operation: index)
  }

  /// A heading that may name an rpc defined in another file: kept in the document's list of candidates
  /// (a service interface without a name), which the merger places on the rpc of that name, or on the
  /// owner when it carries fields or errors and no rpc has the name.
  mutating func candidateOperation(_ name: String, line: Int, owner: Ownership?) -> SourceContext.Target {
    if let known = operations[fold(name)] {
      return .operation(service: known.service, operation: known.operation)
    }
    return candidate(
      Operation(
        name: name, input: "", output: "", errorCases: [], performanceSLA: "", slaFigures: [], extra: [:],
        location: at(line)), owner: owner)
  }

  private mutating func candidate(_ prototype: Operation, owner: Ownership?) -> SourceContext.Target {
    let existing = contract.serviceInterfaces.firstIndex { $0.name.isEmpty && $0.component == nil }
    let service = existing ?? contract.serviceInterfaces.count
    if existing == nil {
      contract.serviceInterfaces.append(
        ServiceInterface(
          name: "", component: nil, purpose: nil, communicationMethod: nil, operations: [], dataContract: [],
          location: prototype.location))
    }
    var operation = prototype
    if let owner { operation.extra[ContractMerger.candidateOwnerKey] = owner.component }
    contract.serviceInterfaces[service].operations.append(operation)
    let index = contract.serviceInterfaces[service].operations.count - 1
    operations[fold(operation.name)] = (service, index)
    return .operation(service: service, operation: index)
  }

  /// The service interface of `owner`, made when missing.
  mutating func serviceIndex(for owner: Ownership, line: Int) -> Int {
    let name = owner.component
    if let known = contract.serviceInterfaces.firstIndex(where: { fold($0.name) == fold(name) }) {
      return known
    }
    contract.serviceInterfaces.append(
      ServiceInterface(
        name: name,
        component: NameReference(
          written: owner.component, target: nil, match: .unresolved, location: at(line)),
        purpose: nil, communicationMethod: nil, operations: [], dataContract: [], location: at(line)))
    return contract.serviceInterfaces.count - 1
  }

  /// List items that start with `METHOD /path`, or declare an rpc.
  mutating func readList(_ list: ListBlock, context: SourceContext) {
    for item in list.items {
      guard case .paragraph(let paragraph)? = item.blocks.first else { continue }
      let text = paragraph.content.plainText.trimmingSpaces()
      let line = item.range.start.line
      if let mention = EndpointMention.at(start: text), mentions < ContractLimits.sourceElements {
        _ = addEndpoint(mention, summary: mention.rest, line: line, owner: context.owner)
      } else if case .code(let code)? = paragraph.content.first, let declared = RPCDeclaration(code),
        !declared.response.isEmpty
      {
        _ = operationTarget(declared, line: line, context: context)
      } else {
        readCodeSpans(paragraph.content, line: line, context: context)
      }
      for case .list(let nested) in item.blocks.dropFirst() { readList(nested, context: context) }
    }
  }

  /// `` `POST /v1/orders` `` inside a sentence: an endpoint, the sentence its summary.
  mutating func readCodeSpans(_ inlines: [Inline], line: Int, context: SourceContext) {
    for inline in inlines {
      switch inline {
      case .code(let code):
        guard mentions < ContractLimits.sourceElements, let mention = EndpointMention.at(start: code),
          mention.rest.isEmpty
        else { continue }
        _ = addEndpoint(mention, summary: "", line: line, owner: context.owner)
      case .strong(let inner), .emphasis(let inner):
        readCodeSpans(inner, line: line, context: context)
      default:
        continue
      }
    }
  }
}
