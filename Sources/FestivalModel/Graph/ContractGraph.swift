/// The contract's relationships, built once when the contract is read: who depends on whom, who talks
/// to whom and how, who publishes and who subscribes to each event. Pages, the generated drawings, the
/// grouping of large systems and the diff's impact all read it, so they agree on who is related.
///
/// Nodes are elements of the contract by kind and position in their table; a name names the first
/// element of its kind with that folded name (an entity: singular or plural). Edges are kept in contract
/// order: every component's dependencies in the components table, then every protocol pair (both ways
/// when bidirectional), then every event's publisher and subscribers, then every entity's relationships,
/// the entities its fields refer to, and its owner.
public struct ContractGraph: Hashable, Sendable {
  public enum NodeKind: String, Hashable, Sendable, CaseIterable {
    case component, externalSystem, event, entity
  }

  /// An element of the contract: its kind, and its position in the contract's table of that kind.
  public struct Node: Hashable, Sendable {
    public var kind: NodeKind
    public var index: Int

    public init(kind: NodeKind, index: Int) { (self.kind, self.index) = (kind, index) }
  }

  public enum EdgeKind: String, Hashable, Sendable {
    /// A component's Dependencies cell names a component or an external system.
    case dependsOn
    /// A protocol pair: the caller talks to the callee; `detail` is the protocol.
    case talksTo
    /// A component or system publishes an event (edge to the event).
    case publishes
    /// A component or system subscribes to an event (edge to the event).
    case subscribes
    /// An entity's Relationships cell names another (`1:N with Shipment`); `detail` is the cardinality
    /// as written (`1:N`), nil when none is.
    case relatesTo
    /// A field of an entity refers to another entity: its type names it (`Shipment`, `[]Shipment`,
    /// `repeated Shipment`) or its name does with an id suffix (`shipment_id`); `detail` is the field.
    case refersTo
    /// A component owns an entity (the Owner column, or an ownership the reader inferred).
    case owns
  }

  public struct Edge: Hashable, Sendable {
    public var from: Node
    public var to: Node
    public var kind: EdgeKind
    /// The protocol of a `talksTo` edge.
    public var detail: String?
    /// The reference was not resolved by the reader; its written text is a node's name.
    public var byWrittenName = false
  }

  /// Every node's display name and folded name, by kind, in contract order.
  private var names: [NodeKind: [String]] = [:]
  private var keys: [NodeKind: [String]] = [:]
  /// Folded name -> the first node of a kind with it.
  private var firstByKey: [NodeKind: [String: Int]] = [:]
  /// Stem of a folded entity name -> the first entity with it.
  private var entityStems: [String: Int] = [:]
  public private(set) var edges: [Edge] = []
  /// Edge positions by the node they leave and the node they reach.
  private var outgoing: [Node: [Int]] = [:]
  private var incoming: [Node: [Int]] = [:]

  public init() {}

  public init(_ contract: InterfaceContract) {
    addNodes(.component, contract.components.map(\.name))
    addNodes(.externalSystem, contract.externalSystems.map(\.name))
    addNodes(.event, contract.events.map(\.name))
    for (index, component) in contract.components.enumerated() {
      for dependency in component.dependencies {
        link(Node(kind: .component, index: index), .dependsOn, dependency, outgoing: true)
      }
    }
    for pair in contract.protocolPairs {
      guard let from = named(pair.from), let to = named(pair.to) else { continue }
      let written = pair.from.target == nil || pair.to.target == nil
      add(Edge(from: from, to: to, kind: .talksTo, detail: pair.protocol, byWrittenName: written))
      if pair.bidirectional {
        add(Edge(from: to, to: from, kind: .talksTo, detail: pair.protocol, byWrittenName: written))
      }
    }
    for (index, event) in contract.events.enumerated() {
      let node = Node(kind: .event, index: index)
      if let publisher = event.publisher { link(node, .publishes, publisher, outgoing: false) }
      for subscriber in event.subscribers { link(node, .subscribes, subscriber, outgoing: false) }
    }
    addEntities(contract.entities)
  }

  // MARK: Looking up

  public func name(_ node: Node) -> String { names[node.kind]?[node.index] ?? "" }

  /// The folded name (`TextFolding.fold`) a node is known by.
  public func key(_ node: Node) -> String { keys[node.kind]?[node.index] ?? "" }

  public func count(_ kind: NodeKind) -> Int { names[kind]?.count ?? 0 }

  /// The first node of `kind` whose folded name is `key`.
  public func node(_ kind: NodeKind, key: String) -> Node? {
    firstByKey[kind]?[key].map { Node(kind: kind, index: $0) }
  }

  /// The component or external system a reference resolved to.
  public func resolved(_ reference: NameReference) -> Node? {
    guard let target = reference.target else { return nil }
    switch target.kind {
    case .component: return node(.component, key: TextFolding.fold(target.name))
    case .externalSystem: return node(.externalSystem, key: TextFolding.fold(target.name))
    default: return nil
    }
  }

  /// The component or external system a reference names: the one it resolved to, else the first whose
  /// folded name is what was written.
  public func named(_ reference: NameReference) -> Node? {
    if let node = resolved(reference) { return node }
    let key = TextFolding.fold(reference.target?.name ?? reference.written)
    return node(.component, key: key) ?? node(.externalSystem, key: key)
  }

  /// The entity a written name names: the first with its folded name, else with its stem.
  public func entity(named written: String) -> Node? {
    node(.entity, key: TextFolding.fold(written))
      ?? entityStems[TextFolding.stem(written)].map { Node(kind: .entity, index: $0) }
  }

  /// Edges leaving `node`, of `kind` when given, in contract order.
  public func edges(from node: Node, _ kind: EdgeKind? = nil) -> [Edge] {
    (outgoing[node] ?? []).map { edges[$0] }.filter { kind == nil || $0.kind == kind }
  }

  /// Edges from or to `node`, in contract order: a neighbourhood costs its own edges, not the graph's.
  public func edges(touching node: Node) -> [Edge] {
    Set((outgoing[node] ?? []) + (incoming[node] ?? [])).sorted().map { edges[$0] }
  }

  /// Edges with both ends among `nodes`, in contract order.
  public func edges(among nodes: Set<Node>) -> [Edge] {
    nodes.flatMap { outgoing[$0] ?? [] }.filter { nodes.contains(edges[$0].to) }.sorted().map { edges[$0] }
  }

  /// Edges reaching `node`, of `kind` when given, in contract order.
  public func edges(to node: Node, _ kind: EdgeKind? = nil) -> [Edge] {
    (incoming[node] ?? []).map { edges[$0] }.filter { kind == nil || $0.kind == kind }
  }

  // MARK: Building

  private mutating func addNodes(_ kind: NodeKind, _ written: [String]) {
    names[kind] = written
    let folded = written.map(TextFolding.fold)
    keys[kind] = folded
    var first: [String: Int] = [:]
    for (index, key) in folded.enumerated() where first[key] == nil { first[key] = index }
    firstByKey[kind] = first
  }

  /// An edge between `node` and the component or system `reference` names: from `node` when
  /// `outgoing`, else to it.
  private mutating func link(_ node: Node, _ kind: EdgeKind, _ reference: NameReference, outgoing: Bool) {
    guard let other = named(reference) else { return }
    let written = resolved(reference) == nil
    add(
      outgoing
        ? Edge(from: node, to: other, kind: kind, byWrittenName: written)
        : Edge(from: other, to: node, kind: kind, byWrittenName: written))
  }

  private mutating func add(_ edge: Edge) {
    outgoing[edge.from, default: []].append(edges.count)
    incoming[edge.to, default: []].append(edges.count)
    edges.append(edge)
  }

  // MARK: Entities

  private mutating func addEntities(_ entities: [DataEntity]) {
    addNodes(.entity, entities.map(\.name))
    for (index, entity) in entities.enumerated() where entityStems[TextFolding.stem(entity.name)] == nil {
      entityStems[TextFolding.stem(entity.name)] = index
    }
    for (index, entity) in entities.enumerated() {
      let node = Node(kind: .entity, index: index)
      for relationship in entity.relationships {
        guard let other = self.entity(named: relationship.target) else { continue }
        add(Edge(from: node, to: other, kind: .relatesTo, detail: relationship.cardinality))
      }
      var referred = Set<Int>()
      for field in entity.fields {
        guard let other = referredEntity(field), other.index != index, referred.insert(other.index).inserted
        else { continue }
        add(Edge(from: node, to: other, kind: .refersTo, detail: field.name))
      }
      if let owner = entity.owner,
        let component = self.node(.component, key: TextFolding.fold(owner.component))
      {
        add(Edge(from: component, to: node, kind: .owns))
      }
    }
  }

  /// The entity a field's type names, or its name does before an id suffix (`shipment_id`,
  /// `shipmentId`); nil when neither names one.
  private func referredEntity(_ field: DataField) -> Node? {
    let words = field.type.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    for word in words {
      if let found = node(.entity, key: TextFolding.fold(word)) { return found }
    }
    let name = field.name
    for suffix in ["_id", "Id", "ID", "_ids", "Ids", "IDs"]
    where name.hasSuffix(suffix) && name.count > suffix.count {
      if let found = entity(named: String(name.dropLast(suffix.count))) { return found }
    }
    return nil
  }
}
