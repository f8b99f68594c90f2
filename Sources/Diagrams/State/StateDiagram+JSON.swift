extension StateDiagram {
  /// The parse in the vocabulary of mermaid's state renderer data (`docs/diagram-json.md`): every node
  /// at every depth with its parent, and the edges.
  public var json: JSONValue {
    var entries: [(String, JSONValue)] = [
      ("type", .string("state")), ("direction", .string(direction.rawValue)),
    ]
    entries.append(("nodes", .array(nodes.map(Self.json))))
    entries.append(
      (
        "edges",
        .array(
          transitions.map { transition in
            var fields: [(String, JSONValue)] = [
              ("start", .string(transition.from)), ("end", .string(transition.to)),
              ("label", .string(transition.label)),
            ]
            if transition.isNote { fields.append(("note", .bool(true))) }
            return .object(fields)
          })
      ))
    entries.append(("classes", StyleClassDef.json(classDefs)))
    if let title { entries.append(("title", .string(title))) }
    if let accTitle { entries.append(("accTitle", .string(accTitle))) }
    if let accDescr { entries.append(("accDescr", .string(accDescr))) }
    return .object(entries)
  }

  static func json(_ node: StateNode) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("id", .string(node.id)), ("type", .string(node.kind.rawValue)), ("shape", .string(node.shape)),
      ("label", .string(node.label)),
    ]
    if !node.descriptions.isEmpty {
      fields.append(("descriptions", .array(node.descriptions.map { .string($0) })))
    }
    fields.append(("parent", node.parent.map { .string($0) } ?? .null))
    if [.composite, .divider, .noteGroup].contains(node.kind) {
      fields.append(("dir", node.direction.map { .string($0.rawValue) } ?? .null))
    }
    if let position = node.notePosition { fields.append(("position", .string(position))) }
    fields.append(("cssClasses", .string(node.cssClasses)))
    fields.append(("cssStyles", .array(node.styles.map { .string($0) })))
    return .object(fields)
  }
}
