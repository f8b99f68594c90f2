extension ClassDiagram {
  /// The parse in the vocabulary of mermaid's class database (`docs/diagram-json.md`): `id1`/`id2` for
  /// a relation's ends, `relationTitle1`/`relationTitle2` for its cardinalities (`none` when absent).
  public var json: JSONValue {
    var entries: [(String, JSONValue)] = [
      ("type", .string("class")), ("direction", .string(direction.rawValue)),
      ("classes", .array(classes.map(Self.json))),
      ("relations", .array(relations.map(Self.json))),
      (
        "notes",
        .array(
          notes.map { note in
            .object([
              ("id", .string(note.id)), ("class", note.className.map { .string($0) } ?? .null),
              ("text", .string(note.text)), ("parent", note.namespace.map { .string($0) } ?? .null),
            ])
          })
      ),
      ("namespaces", .array(namespaces.map(Self.json))),
      (
        "interfaces",
        .array(
          interfaces.map {
            .object([("id", .string($0.id)), ("label", .string($0.label)), ("classId", .string($0.classID))])
          })
      ),
      ("styleClasses", StyleClassDef.json(styleClasses)),
    ]
    if let title { entries.append(("title", .string(title))) }
    if let accTitle { entries.append(("accTitle", .string(accTitle))) }
    if let accDescr { entries.append(("accDescr", .string(accDescr))) }
    return .object(entries)
  }

  static func json(_ node: ClassNode) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("id", .string(node.id)), ("label", .string(MermaidText.sanitizeIfMarkedUp(node.label))),
      ("type", .string(node.genericType)),
      ("annotations", .array(node.annotations.map { .string($0) })),
      ("members", .array(node.members.map(json))), ("methods", .array(node.methods.map(json))),
      ("cssClasses", .string(node.cssClasses)), ("styles", .array(node.styles.map { .string($0) })),
      ("parent", node.namespace.map { .string($0) } ?? .null),
    ]
    if let link = node.link { fields.append(("link", .string(link))) }
    if let target = node.linkTarget { fields.append(("linkTarget", .string(target))) }
    if let tooltip = node.tooltip { fields.append(("tooltip", .string(tooltip))) }
    if node.hasCallback { fields.append(("haveCallback", .bool(true))) }
    return .object(fields)
  }

  /// A member as mermaid keeps it: its line went through the sanitizer before it was split, so a line
  /// holding `<` has its parts escaped.
  static func json(_ member: ClassMember) -> JSONValue {
    var member = member
    if (member.name + member.parameters + member.returnType).contains("<") {
      member.name = MermaidText.sanitize(member.name)
      member.parameters = MermaidText.sanitize(member.parameters)
      member.returnType = MermaidText.sanitize(member.returnType)
    }
    var fields: [(String, JSONValue)] = [
      ("visibility", .string(member.visibility)), ("name", .string(member.name)),
      ("classifier", .string(member.classifier)),
    ]
    if member.isMethod {
      fields += [("parameters", .string(member.parameters)), ("returnType", .string(member.returnType))]
    }
    fields.append(("text", .string(member.mermaidText)))
    return .object(fields)
  }

  static func json(_ relation: ClassRelation) -> JSONValue {
    .object([
      ("id1", .string(relation.from)), ("id2", .string(relation.to)),
      ("type1", .string(relation.fromEnd.rawValue)), ("type2", .string(relation.toEnd.rawValue)),
      ("lineType", .string(relation.isDotted ? "DOTTED_LINE" : "LINE")),
      ("title", .string(MermaidText.sanitizeIfMarkedUp(relation.label))),
      ("relationTitle1", .string(relation.fromCardinality.map(MermaidText.sanitizeIfMarkedUp) ?? "none")),
      ("relationTitle2", .string(relation.toCardinality.map(MermaidText.sanitizeIfMarkedUp) ?? "none")),
      ("style", .array([])),
    ])
  }

  static func json(_ namespace: ClassNamespace) -> JSONValue {
    .object([
      ("id", .string(namespace.id)), ("label", .string(namespace.label)),
      ("parent", namespace.parent.map { .string($0) } ?? .null), ("explicit", .bool(namespace.explicit)),
      ("classes", .array(namespace.classes.map { .string($0) })),
      ("notes", .array(namespace.notes.map { .string($0) })),
      ("children", .array(namespace.children.map { .string($0) })),
    ])
  }
}
