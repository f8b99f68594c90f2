import Diagnostics

/// Joins what every source found across a festival (or across the loose documents) into one contract:
/// the same element found in several places becomes one, with every place it is defined; the same
/// element defined differently is a `sources.conflict` naming both places.
struct ContractMerger {
  var contract: InterfaceContract
  var diagnostics: [Diagnostic] = []
  /// Where each element is defined besides its own location, by kind and folded name.
  var sites: [String: [SourceLocation]] = [:]
  var componentIndex: [String: Int] = [:]
  var endpointIndex: [String: Int] = [:]
  var entityIndex: [String: Int] = [:]
  var eventIndex: [String: Int] = [:]
  var queueIndex: [String: Int] = [:]
  var errorIndex: [String: Int] = [:]
  var serviceIndex: [String: Int] = [:]
  /// Headings that may name rpcs defined elsewhere, placed once every source is merged.
  var candidates: [Operation] = []
  static let candidateOwnerKey = "\u{0}owner"
  /// The basis of an owner taken from a document's title, which a path prefix outranks.
  static let titleBasis = "the document's title"

  /// The base (a template document's contract, or an empty one named for the festival) with the
  /// fragments merged in, in the order given.
  static func merge(base: InterfaceContract, fragments: [ContractFragment]) -> (
    InterfaceContract, [Diagnostic]
  ) {
    var merger = ContractMerger(contract: base)
    merger.indexBase()
    merger.contract.sourceFiles = [base.path]
    for fragment in fragments {
      merger.diagnostics += fragment.diagnostics
      merger.add(fragment.contract)
      if !fragment.isEmpty {
        merger.contract.sourceFiles.append(fragment.contract.path)
        merger.contract.sourceFiles += fragment.referencedFiles
      }
    }
    merger.placeCandidates()
    merger.resolveNames()
    merger.inferEndpointOwners()
    merger.resolveTitleOwners()
    merger.contract.relationships = ContractGraph(merger.contract)
    merger.contract.elements = ElementTable(merger.contract)
    merger.contract.definitionSites = merger.definitionSites()
    return (merger.contract, merger.diagnostics)
  }

  static func key(_ name: String) -> String { TextFolding.fold(name) }

  static func routeKey(_ endpoint: Endpoint) -> String {
    EndpointMention.routeKey(
      method: endpoint.method?.rawValue ?? endpoint.methodWritten, path: endpoint.urlPattern)
  }

  static func errorKey(_ error: ErrorStandard) -> String {
    key(error.code.isEmpty ? error.errorType : error.code)
  }

  private mutating func indexBase() {
    for (i, c) in contract.components.enumerated() where componentIndex[Self.key(c.name)] == nil {
      componentIndex[Self.key(c.name)] = i
    }
    for (i, e) in contract.endpoints.enumerated() where endpointIndex[Self.routeKey(e)] == nil {
      endpointIndex[Self.routeKey(e)] = i
    }
    for (i, e) in contract.entities.enumerated() where entityIndex[Self.key(e.name)] == nil {
      entityIndex[Self.key(e.name)] = i
    }
    for (i, e) in contract.events.enumerated() where eventIndex[Self.key(e.name)] == nil {
      eventIndex[Self.key(e.name)] = i
    }
    for (i, q) in contract.queues.enumerated() where queueIndex[Self.key(q.name)] == nil {
      queueIndex[Self.key(q.name)] = i
    }
    for (i, e) in contract.errors.enumerated() where errorIndex[Self.errorKey(e)] == nil {
      errorIndex[Self.errorKey(e)] = i
    }
    for (i, s) in contract.serviceInterfaces.enumerated() where serviceIndex[serviceKey(s)] == nil {
      serviceIndex[serviceKey(s)] = i
    }
  }

  func serviceKey(_ service: ServiceInterface) -> String {
    Self.key(service.component?.target?.name ?? service.component?.written ?? service.name)
  }

  /// The position of the element already known under `key`; nil after appending `element` as new.
  static func known<Element>(
    _ key: String, _ index: inout [String: Int], _ table: inout [Element], _ element: Element
  )
    -> Int?
  {
    if let known = index[key] { return known }
    index[key] = table.count
    table.append(element)
    return nil
  }

  mutating func note(_ kind: String, _ key: String, _ location: SourceLocation) {
    sites[kind + ":" + key, default: []].append(location)
  }

  mutating func conflict(_ what: String, _ first: SourceLocation, _ second: SourceLocation, _ detail: String)
  {
    diagnostics.append(
      Diagnostic(
        .warning, rule: .sourcesConflict,
        message:
          "\(what) is defined differently at \(first.file):\(first.line) and here: \(detail)",
        at: second, fix: "make the two definitions agree, or keep one of them"))
  }

  /// Each element's places of definition: its own location first, then the others merged into it.
  private func definitionSites() -> [ElementID: [SourceLocation]] {
    var result: [ElementID: [SourceLocation]] = [:]
    func add(_ kind: ElementID.Kind, _ prefix: String, _ keys: [(String, SourceLocation)]) {
      for (position, (key, location)) in keys.enumerated() {
        guard let id = contract.elements.id(kind, at: position) else { continue }
        result[id] = [location] + (sites[prefix + ":" + key] ?? [])
      }
    }
    add(.component, "component", contract.components.map { (Self.key($0.name), $0.location) })
    add(.endpoint, "endpoint", contract.endpoints.map { (Self.routeKey($0), $0.location) })
    add(.entity, "entity", contract.entities.map { (Self.key($0.name), $0.location) })
    add(.event, "event", contract.events.map { (Self.key($0.name), $0.location) })
    add(.queue, "queue", contract.queues.map { (Self.key($0.name), $0.location) })
    add(.externalSystem, "system", contract.externalSystems.map { (Self.key($0.name), $0.location) })
    return result
  }
}
