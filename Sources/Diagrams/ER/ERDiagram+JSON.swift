extension ERDiagram {
  /// The parse in the vocabulary of mermaid's ER database (`docs/diagram-json.md`): `cardA` is the
  /// marker next to `entityB`, as mermaid names it.
  public var json: JSONValue {
    var entries: [(String, JSONValue)] = [
      ("type", .string("er")), ("direction", .string(direction.rawValue)),
    ]
    entries.append(("entities", .array(entities.map(Self.json))))
    entries.append(
      (
        "relationships",
        .array(
          relationships.map { relationship in
            .object([
              ("entityA", .string(relationship.from)), ("entityB", .string(relationship.to)),
              ("roleA", .string(relationship.label)), ("cardA", .string(relationship.toCardinality.rawValue)),
              ("cardB", .string(relationship.fromCardinality.rawValue)),
              ("relType", .string(relationship.identifying ? "IDENTIFYING" : "NON_IDENTIFYING")),
            ])
          })
      ))
    entries.append(("classes", StyleClassDef.json(classes)))
    if let title { entries.append(("title", .string(title))) }
    if let accTitle { entries.append(("accTitle", .string(accTitle))) }
    if let accDescr { entries.append(("accDescr", .string(accDescr))) }
    return .object(entries)
  }

  static func json(_ entity: EREntity) -> JSONValue {
    .object([
      ("name", .string(entity.name)), ("alias", .string(entity.alias)),
      (
        "attributes",
        .array(
          entity.attributes.map { attribute in
            .object([
              ("type", .string(attribute.type)), ("name", .string(attribute.name)),
              ("keys", .array(attribute.keys.map { .string($0) })), ("comment", .string(attribute.comment)),
            ])
          })
      ),
      ("cssClasses", .string(entity.cssClasses.joined(separator: " "))),
      ("cssStyles", .array(entity.cssStyles.map { .string($0) })),
    ])
  }
}
