import Diagrams
import FestivalModel

/// The contract's data model drawn as an ER diagram, from the contract's one relationship graph: each
/// entity a table of its fields, a relationship for each Relationships cell (`1:N with Shipment`) and
/// each field that refers to another entity, the entities inside a box for the service that owns them
/// (or, when no service owns two of them, the owner named in each table's title).
enum GeneratedDataModel {
  /// The most tables one drawing holds; beyond it the festival home lists the entities instead.
  static let limit = 150
  /// The most field rows a table shows; the rest are counted in one last row.
  static let rows = 10

  /// Every row of the entities table, and the messages and schemas that relate to another entity;
  /// nil when no two of them are related.
  static func festival(_ contract: InterfaceContract) -> ERDiagram? {
    let related = Set(relationshipEdges(contract).flatMap { [$0.from.index, $0.to.index] })
    let drawn = contract.entities.indices.filter { related.contains($0) }
    let tables = Set(drawn).union(contract.entities.indices.filter { contract.entities[$0].form == .entity })
    guard !drawn.isEmpty, tables.count <= limit else { return nil }
    return diagram(contract, entities: tables.sorted())
  }

  /// One entity and those one relationship away; nil when it has none.
  static func neighbourhood(_ contract: InterfaceContract, of index: Int) -> ERDiagram? {
    let node = ContractGraph.Node(kind: .entity, index: index)
    var reached: Set<Int> = [index]
    for edge in contract.relationships.edges(touching: node) where isRelationship(edge, contract) {
      reached.insert(edge.from.index)
      reached.insert(edge.to.index)
    }
    guard reached.count > 1, reached.count <= limit else { return nil }
    return diagram(contract, entities: reached.sorted())
  }

  /// Relationships between entities, leaving out enums: a field typed by an enum holds a value, and
  /// drawing every enum as a table buried the data model of protobuf contracts.
  static func relationshipEdges(_ contract: InterfaceContract) -> [ContractGraph.Edge] {
    contract.relationships.edges.filter { isRelationship($0, contract) }
  }

  private static func isRelationship(_ edge: ContractGraph.Edge, _ contract: InterfaceContract) -> Bool {
    (edge.kind == .relatesTo || edge.kind == .refersTo) && edge.from.kind == .entity
      && contract.entities[edge.from.index].form != .enumeration
      && contract.entities[edge.to.index].form != .enumeration
  }

  /// The diagram of `entities` (positions in the contract) and the relationships among them, each
  /// pair drawn once: the first Relationships cell that links them, else the first field.
  static func diagram(_ contract: InterfaceContract, entities: [Int]) -> ERDiagram {
    var diagram = ERDiagram()
    diagram.direction = .topToBottom
    var names: [Int: String] = [:]
    var taken = Set<String>()
    for index in entities where taken.insert(contract.entities[index].name).inserted {
      names[index] = contract.entities[index].name
    }
    var referring: [Int: Set<String>] = [:]
    var pairs = Set<[Int]>()
    let among = Set(names.keys.map { ContractGraph.Node(kind: .entity, index: $0) })
    let edges = contract.relationships.edges(among: among).filter { isRelationship($0, contract) }
    for edge in edges.filter({ $0.kind == .relatesTo }) + edges.filter({ $0.kind == .refersTo }) {
      guard let from = names[edge.from.index], let to = names[edge.to.index] else { continue }
      if edge.kind == .refersTo, let field = edge.detail {
        referring[edge.from.index, default: []].insert(field)
      }
      guard pairs.insert([edge.from.index, edge.to.index].sorted()).inserted else { continue }
      let ends =
        edge.kind == .relatesTo
        ? cardinalities(edge.detail) : (ERCardinality.zeroOrMore, ERCardinality.exactlyOne)
      var relationship = ERRelationship(
        from: from, to: to, fromCardinality: ends.0, toCardinality: ends.1,
        identifying: edge.kind == .relatesTo, label: edge.kind == .refersTo ? edge.detail ?? "" : "")
      if edge.kind == .refersTo {
        // The field's row joins the referred entity's `id` row, when it shows one.
        let shown = contract.entities[edge.to.index].fields.prefix(Self.rows)
        relationship.fromAttribute = edge.detail
        relationship.toAttribute = shown.first { TextFolding.fold($0.name) == "id" }?.name
      }
      diagram.relationships.append(relationship)
    }
    for index in entities {
      guard let name = names[index] else { continue }
      var entity = EREntity(name: name)
      entity.attributes = attributes(contract.entities[index], referring: referring[index] ?? [])
      diagram.entities.append(entity)
    }
    // Relationships that join rows read best left to right, each row's line leaving from its side.
    if diagram.relationships.contains(where: { $0.fromAttribute != nil }) { diagram.direction = .leftToRight }
    let groups = owners(contract, names: names)
    if groups.contains(where: { $0.entities.count > 1 }) {
      diagram.groups = groups
    } else {
      // A box around a single table only takes room: the owner goes into the table's title.
      for group in groups {
        guard let place = diagram.entities.firstIndex(where: { $0.name == group.entities[0] }) else {
          continue
        }
        diagram.entities[place].alias = "\(group.entities[0]) · \(group.title)"
      }
    }
    return diagram
  }

  /// The fields as rows: `id` marked PK and fields that refer to another entity FK (inferred, as the
  /// contract states no keys), at most `rows` of them.
  static func attributes(_ entity: DataEntity, referring: Set<String>) -> [ERAttribute] {
    var rows = entity.fields.prefix(Self.rows).map { field in
      var keys: [String] = []
      if TextFolding.fold(field.name) == "id" { keys.append("PK") }
      if referring.contains(field.name) { keys.append("FK") }
      return ERAttribute(type: field.type.isEmpty ? "-" : field.type, name: field.name, keys: keys)
    }
    if entity.fields.count > Self.rows {
      rows.append(ERAttribute(type: "…", name: "\(entity.fields.count - Self.rows) more fields"))
    }
    return rows
  }

  /// A box per owning service, in contract order, holding the drawn entities it owns.
  static func owners(_ contract: InterfaceContract, names: [Int: String]) -> [ERGroup] {
    let graph = contract.relationships
    // From the drawn entities to their owners: a neighbourhood costs its own edges, not every component.
    var nodes = Set(names.keys.map { ContractGraph.Node(kind: .entity, index: $0) })
    for entity in nodes {
      nodes.formUnion(graph.edges(to: entity, .owns).map(\.from).filter { $0.kind == .component })
    }
    var owned: [Int: [String]] = [:]
    for edge in graph.edges(among: nodes) where edge.kind == .owns && edge.from.kind == .component {
      if let name = names[edge.to.index], edge.to.kind == .entity {
        owned[edge.from.index, default: []].append(name)
      }
    }
    return owned.keys.sorted().map { ERGroup(title: contract.components[$0].name, entities: owned[$0]!) }
  }

  /// The drawing as a figure of `pagePath`, its tables linking to the entities' pages.
  static func figure(
    _ diagram: ERDiagram, caption: String, festival: FestivalContext, pagePath: String, number: Int
  ) -> DiagramFigure {
    var titled = diagram
    titled.title = caption
    let source = "data-model\u{0}" + diagram.entities.map(\.name).joined(separator: "\u{0}")
    return DiagramFigure.make(
      er: titled, source: source, pagePath: pagePath, number: number,
      links: DiagramFigure.entityLinks(
        diagram: diagram, entities: festival.lookup.entityPages, pagePath: pagePath))
  }

  /// The marks of a written cardinality, first side then second: `1:N`, `N:1`, `M:N`, `1..*`,
  /// `0..1`, `one-to-many`; unspecified when nothing is written or it reads as neither.
  static func cardinalities(_ written: String?) -> (ERCardinality, ERCardinality) {
    guard let written else { return (.unspecified, .unspecified) }
    let lower = written.lowercased().replacingOccurrences(of: " ", with: "")
    let parts =
      lower.contains(":")
      ? lower.split(separator: ":", maxSplits: 1).map(String.init)
      : lower.components(separatedBy: "-to-").count == 2
        ? lower.components(separatedBy: "-to-") : lower.components(separatedBy: "to")
    guard parts.count == 2 else { return (.unspecified, .unspecified) }
    return (side(parts[0]), side(parts[1]))
  }

  static func side(_ text: String) -> ERCardinality {
    switch text {
    case "1", "one", "1..1": .exactlyOne
    case "0..1", "0-1", "zeroorone", "optional": .zeroOrOne
    case "1..*", "1..n", "1+", "oneormany", "oneormore": .oneOrMore
    case "n", "m", "*", "many", "0..*", "0..n", "0+": .zeroOrMore
    default: .unspecified
    }
  }
}
