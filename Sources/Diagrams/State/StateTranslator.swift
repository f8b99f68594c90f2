/// What mermaid's state database and its renderer's data step make of the parsed statements: `[*]`
/// named after its enclosing state (`root_start`, `Active_end`), concurrent regions split into divider
/// nodes, then every node in the order the data step meets it, each state's description lines, classes
/// and styles, notes in a group of their own beside their state.
struct StateTranslator {
  /// Root-level states by id, as the database keeps them: their classes and styles.
  var registry: [String: (classes: [String], styles: [String])] = [:]
  var classDefs: [(name: String, styles: [String], textStyles: [String])] = []
  var generated = 0
  /// The data step's per-id memory: shape, description lines (nil: the id), group and direction.
  var memory: [String: Memory] = [:]
  var nodes: [StateNode] = []
  var transitions: [StateTransition] = []
  var itemCount = 0

  struct Memory {
    var shape: String
    /// The description: the id until one is given; `isList` once it is a list (mermaid's array).
    var label: [String]
    var isList = false
    var isGroup = false
    var direction: FlowDirection?
    var cssClasses: String
    var styles: [String]
  }

  mutating func diagram(_ document: [StateStatement]) -> StateDiagram {
    let root = translate(parent: "root", document)
    extract(root)
    setUp(parent: nil, root, alternate: false)
    var diagram = StateDiagram()
    diagram.nodes = nodes
    diagram.transitions = transitions
    diagram.classDefs = classDefs.map {
      StyleClassDef(name: $0.name, styles: $0.styles, textStyles: $0.textStyles)
    }
    return diagram
  }

  // MARK: docTranslator

  /// `[*]` ids and concurrent regions, depth first.
  mutating func translate(parent: String, _ document: [StateStatement]) -> [StateStatement] {
    var regions: [StateStatement] = []
    var current: [StateStatement] = []
    for statement in document {
      if case .state(let item) = statement, item.type == "divider" {
        var region = item
        region.document = current
        regions.append(.state(region))
        current = []
      } else {
        current.append(statement)
      }
    }
    var statements = document
    if !regions.isEmpty && !current.isEmpty {
      generated += 1
      regions.append(.state(.init(id: "__generated_\(generated)", type: "divider", document: current)))
      statements = regions
    }
    return statements.map { translate(parent: parent, $0) }
  }

  mutating func translate(parent: String, _ statement: StateStatement) -> StateStatement {
    switch statement {
    case .relation(let first, let second, let description):
      return .relation(
        translate(parent: parent, first, first: true), translate(parent: parent, second, first: false),
        description: description)
    case .state(let item):
      return .state(translate(parent: parent, item, first: true))
    default:
      return statement
    }
  }

  mutating func translate(parent: String, _ item: StateStatement.Item, first: Bool) -> StateStatement.Item {
    var item = item
    if item.id == "[*]" {
      item.id = parent + (first ? "_start" : "_end")
      item.start = first
    } else {
      item.id = item.id.trimmingCharacters(in: .whitespaces)
    }
    if let document = item.document { item.document = translate(parent: item.id, document) }
    return item
  }
}
