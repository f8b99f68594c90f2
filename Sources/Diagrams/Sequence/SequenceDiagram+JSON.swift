extension SequenceDiagram {
  /// The parse in the vocabulary of mermaid's sequence database (`docs/diagram-json.md`).
  public var json: JSONValue {
    func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    func number(_ value: Double) -> JSONValue {
      value == value.rounded() && abs(value) < 1e15 ? .number(Int(value)) : .real(value)
    }
    var entries: [(String, JSONValue)] = [("type", .string("sequence"))]
    entries.append(
      (
        "actors",
        .array(
          actors.map { actor in
            var fields: [(String, JSONValue)] = [
              ("name", .string(actor.name)), ("description", .string(actor.description)),
              ("type", .string(actor.type)),
            ]
            if !actor.links.isEmpty {
              fields.append(
                ("links", .object(actor.links.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
              )
            }
            if let box = actor.box, let name = boxes[box].name { fields.append(("box", .string(name))) }
            return .object(fields)
          })
      ))
    entries.append(
      (
        "messages",
        .array(
          messages.map { message in
            var fields: [(String, JSONValue)] = [
              ("from", optional(message.from)), ("to", optional(message.to)), ("kind", .string(message.kind)),
            ]
            if let settings = message.autonumber {
              var object: [(String, JSONValue)] = []
              if let start = settings.start { object.append(("start", number(start))) }
              if let step = settings.step { object.append(("step", number(step))) }
              object.append(("visible", .bool(settings.visible)))
              fields.append(("message", .object(object)))
            } else {
              fields.append(("message", .string(message.text)))
            }
            if let placement = message.placement { fields.append(("placement", .number(placement.rawValue))) }
            return .object(fields)
          })
      ))
    entries.append(
      (
        "boxes",
        .array(
          boxes.map { box in
            .object([
              ("name", box.name.map { .string($0) } ?? .null), ("fill", .string(box.fill)),
              ("actorKeys", .array(box.actorKeys.map { .string($0) })),
            ])
          })
      ))
    if let title { entries.append(("title", .string(title))) }
    if let accTitle { entries.append(("accTitle", .string(accTitle))) }
    if let accDescr { entries.append(("accDescr", .string(accDescr))) }
    return .object(entries)
  }
}
