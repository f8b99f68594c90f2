extension Flowchart {
  /// The parse result in the vocabulary of mermaid's flowchart database (`docs/diagram-json.md`): what
  /// `festdoc diagram --emit json` prints and what the conformance corpus holds. Texts are given as
  /// mermaid stores them (HTML-sanitized, `<` as `&lt;`).
  public var json: JSONValue {
    func text(_ value: String) -> JSONValue { .string(MermaidText.sanitize(value)) }
    var entries: [(String, JSONValue)] = [("type", .string("flowchart"))]
    entries.append(("direction", direction.map { .string($0.rawValue) } ?? .null))
    entries.append(
      (
        "vertices",
        .array(
          vertices.map { vertex in
            .object([
              ("id", .string(vertex.id)), ("text", text(vertex.displayText)),
              ("labelType", .string((vertex.label?.type ?? .text).rawValue)),
              ("shape", vertex.shape.map { .string($0) } ?? .null),
              ("classes", .array(vertex.classes.map { .string($0) })),
              ("styles", .array(vertex.styles.map { .string($0) })),
            ])
          })
      ))
    entries.append(
      (
        "edges",
        .array(
          edges.map { edge in
            .object([
              ("start", .string(edge.start)), ("end", .string(edge.end)),
              ("type", .string(edge.head.rawValue)),
              ("stroke", .string(edge.stroke.rawValue)), ("length", .number(edge.length)),
              ("text", text(edge.label?.text ?? "")),
              ("labelType", .string((edge.label?.type ?? .text).rawValue)),
              ("id", .string(edge.id)),
            ])
          })
      ))
    entries.append(
      (
        "subgraphs",
        .array(
          subgraphs.map { subgraph in
            .object([
              ("id", .string(subgraph.id)), ("title", text(subgraph.title.text)),
              ("nodes", .array(subgraph.nodes.map { .string($0) })),
              ("dir", subgraph.directionWritten.map { .string($0) } ?? .null),
            ])
          })
      ))
    entries.append(
      (
        "classes",
        .object(
          classDefs.map { definition in
            (
              definition.id,
              .object([
                ("id", .string(definition.id)), ("styles", .array(definition.styles.map { .string($0) })),
                ("textStyles", .array(definition.textStyles.map { .string($0) })),
              ])
            )
          })
      ))
    if let accTitle { entries.append(("accTitle", .string(accTitle))) }
    if let accDescr { entries.append(("accDescr", .string(accDescr))) }
    return .object(entries)
  }
}
