import Foundation
import Yams

extension SequenceParser {
  mutating func statementLine(_ statement: String, line: Int) throws {
    let (word, rest) = Self.firstWord(statement)
    switch word {
    case "participant", "actor":
      try declare(rest, type: word, line: line, created: false)
    case "create":
      let (kind, name) = Self.firstWord(rest)
      guard kind == "participant" || kind == "actor" else {
        throw DiagramError("'create' is followed by 'participant' or 'actor'", line: line, column: 1)
      }
      try declare(name, type: kind, line: line, created: true)
    case "destroy":
      let name = rest.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else { throw DiagramError("'destroy' needs a participant", line: line, column: 1) }
      ensureActor(name, line: line)
      diagram.destroyed[name] = diagram.messages.count
      awaitingMessage = (name, "destroyed")
    case "box":
      guard openBox == nil else { throw DiagramError("boxes cannot be nested", line: line, column: 1) }
      let (fill, name) = Self.boxColorAndTitle(rest)
      diagram.boxes.append(SequenceBox(name: name.isEmpty ? nil : name, fill: fill, actorKeys: []))
      openBox = diagram.boxes.count - 1
    case "end":
      try closeBlock(line: line)
    case "activate", "deactivate":
      let name = rest.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else { throw DiagramError("'\(word)' needs a participant", line: line, column: 1) }
      try activation(name, start: word == "activate", line: line)
    case "autonumber":
      try autonumber(rest, line: line)
    case "title":
      diagram.title = rest.hasPrefix(":") ? rest.dropFirst().trimmingCharacters(in: .whitespaces) : rest
    case "accTitle", "accDescr":
      guard rest.hasPrefix(":") else {
        throw DiagramError("expected ':' after \(word)", line: line, column: 1)
      }
      let value = rest.dropFirst().trimmingCharacters(in: .whitespaces)
      if word == "accTitle" { diagram.accTitle = value } else { diagram.accDescr = value }
    case "links", "link", "properties", "details":
      try actorData(word, rest, line: line)
    default:
      if word.lowercased() == "note" {
        try note(rest, line: line)
      } else if let block = Self.blocks[word] {
        open.append((word, line))
        diagram.messages.append(
          SequenceMessage(from: nil, to: nil, kind: block.start, text: rest, line: line))
      } else if let divider = Self.dividers[word] {
        guard let innermost = open.last, divider.block.contains(innermost.keyword) else {
          throw DiagramError(
            "'\(word)' outside of \(divider.block.sorted().joined(separator: " or "))", line: line, column: 1)
        }
        diagram.messages.append(
          SequenceMessage(from: nil, to: nil, kind: divider.kind, text: rest, line: line))
      } else {
        try message(statement, line: line)
      }
    }
  }

  /// `participant A`, `participant A as Alice`, `participant A@{ "type": "database" }`.
  mutating func declare(_ text: String, type: String, line: Int, created: Bool) throws {
    var rest = text.trimmingCharacters(in: .whitespaces)
    // A name may hold spaces (`participant Alice Smith`): it runs to ` as `, `@{` or the end.
    let nameEnd =
      [rest.range(of: " as ", options: .caseInsensitive)?.lowerBound, rest.range(of: "@{")?.lowerBound]
      .compactMap { $0 }.min()
      ?? (rest.lowercased().hasSuffix(" as") ? rest.index(rest.endIndex, offsetBy: -3) : rest.endIndex)
    var name = String(rest[..<nameEnd]).trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty, !name.contains(where: { "<>:,;+".contains($0) }) || name.contains("=") else {
      throw DiagramError("expected a participant name", line: line, column: 1)
    }
    rest = String(rest.dropFirst(name.count))
    var actorType = type
    var aliasFromData: String?
    if rest.hasPrefix("@{") {
      guard let close = rest.firstIndex(of: "}") else {
        throw DiagramError("the participant's '@{' is not closed with '}'", line: line, column: 1)
      }
      // Mermaid reads the braces as YAML: keys may go unquoted, strings in either quotes.
      let yaml = String(rest[rest.index(after: rest.startIndex)...close])
      guard let object = (try? Yams.load(yaml: yaml, .default, .default, .utf8)) as? [String: Any] else {
        throw DiagramError("the participant's '@{ ... }' is not valid YAML or JSON", line: line, column: 1)
      }
      if let value = object["type"] as? String { actorType = value }
      if let value = object["alias"] as? String { aliasFromData = value }
      rest = String(rest[rest.index(after: close)...])
    }
    rest = rest.trimmingCharacters(in: .whitespaces)
    var description = aliasFromData
    if rest.lowercased().hasPrefix("as ") || rest.lowercased() == "as" {
      description = Self.messageText(rest.dropFirst(2))
    } else if !rest.isEmpty {
      throw DiagramError(
        "unexpected '\(rest.prefix(20))' after the participant's name", line: line, column: 1)
    }
    name = name.trimmingCharacters(in: .whitespaces)
    if let index = diagram.actors.firstIndex(where: { $0.name == name }) {
      // Declared again without a description, it stays as first declared (mermaid keeps the first type).
      if let description, !description.isEmpty {
        diagram.actors[index].type = actorType
        diagram.actors[index].description = description
      }
    } else {
      var actor = SequenceActor(
        name: name, description: description.flatMap { $0.isEmpty ? nil : $0 } ?? name, type: actorType,
        line: line)
      actor.box = openBox
      diagram.actors.append(actor)
    }
    if let box = openBox, !diagram.boxes[box].actorKeys.contains(name) {
      diagram.boxes[box].actorKeys.append(name)
    }
    if created {
      diagram.created[name] = diagram.messages.count
      awaitingMessage = (name, "created")
    }
  }

  mutating func ensureActor(_ name: String, line: Int) {
    guard !diagram.actors.contains(where: { $0.name == name }) else { return }
    var actor = SequenceActor(name: name, description: name, type: "participant", line: line)
    actor.box = openBox
    diagram.actors.append(actor)
    if let box = openBox { diagram.boxes[box].actorKeys.append(name) }
  }

  mutating func closeBlock(line: Int) throws {
    if let block = open.popLast() {
      diagram.messages.append(
        SequenceMessage(from: nil, to: nil, kind: Self.blocks[block.keyword]!.end, text: "", line: line))
    } else if openBox != nil {
      openBox = nil
    } else {
      throw DiagramError("'end' without a block to close", line: line, column: 1)
    }
  }

  mutating func activation(_ name: String, start: Bool, line: Int) throws {
    ensureActor(name, line: line)
    if start {
      activations[name, default: 0] += 1
    } else {
      guard (activations[name] ?? 0) > 0 else {
        throw DiagramError("Trying to inactivate an inactive participant (\(name))", line: line, column: 1)
      }
      activations[name]! -= 1
    }
    diagram.messages.append(
      SequenceMessage(from: name, to: nil, kind: start ? "ACTIVE_START" : "ACTIVE_END", text: "", line: line))
  }

  /// `autonumber`, `autonumber 10`, `autonumber 10 5`, `autonumber off`; numbers with at most two decimals.
  mutating func autonumber(_ text: String, line: Int) throws {
    let parts = text.split(separator: " ").map(String.init)
    var entry = SequenceMessage(from: nil, to: nil, kind: "AUTONUMBER", text: "", line: line)
    if parts == ["off"] {
      entry.autonumber = (nil, nil, false)
    } else {
      var numbers: [Double] = []
      for part in parts {
        guard part.range(of: #"^[0-9]*(\.[0-9]{1,2})?$"#, options: .regularExpression) != nil,
          let value = Double(part)
        else {
          throw DiagramError(
            "autonumber takes a start and a step, with at most two decimals", line: line, column: 1)
        }
        numbers.append(value)
      }
      guard numbers.count <= 2 else {
        throw DiagramError("autonumber takes a start and a step", line: line, column: 1)
      }
      entry.autonumber = (numbers.first, numbers.count > 1 ? numbers[1] : nil, true)
    }
    diagram.messages.append(entry)
  }

  /// `links A: {json}`, `link A: Label @ url`, `properties A: {json}`.
  mutating func actorData(_ keyword: String, _ text: String, line: Int) throws {
    guard let colon = text.firstIndex(of: ":") else {
      throw DiagramError("expected ':' after the participant", line: line, column: 1)
    }
    let name = text[..<colon].trimmingCharacters(in: .whitespaces)
    let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    ensureActor(name, line: line)
    guard let index = diagram.actors.firstIndex(where: { $0.name == name }) else { return }
    if keyword == "link" {
      guard let at = value.range(of: "@", options: .backwards) else { return }
      let label = value[..<at.lowerBound].trimmingCharacters(in: .whitespaces)
      let url = value[at.upperBound...].trimmingCharacters(in: .whitespaces)
      diagram.actors[index].links[label] = url
      return
    }
    guard let data = value.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else {
      return
    }
    for (key, item) in object {
      let string = item as? String ?? String(describing: item)
      if keyword == "links" {
        diagram.actors[index].links[key] = string
      } else {
        diagram.actors[index].properties[key] = string
      }
    }
  }

  /// `Note left of A: text`, `Note right of A: text`, `Note over A,B: text`.
  mutating func note(_ text: String, line: Int) throws {
    var rest = text
    let placement: SequenceMessage.Placement
    if rest.lowercased().hasPrefix("left of ") {
      placement = .leftOf
      rest = String(rest.dropFirst(8))
    } else if rest.lowercased().hasPrefix("right of ") {
      placement = .rightOf
      rest = String(rest.dropFirst(9))
    } else if rest.lowercased().hasPrefix("over ") {
      placement = .over
      rest = String(rest.dropFirst(5))
    } else {
      throw DiagramError("a note is 'left of', 'right of' or 'over' a participant", line: line, column: 1)
    }
    guard let colon = rest.firstIndex(of: ":") else {
      throw DiagramError("a note needs ':' and its text", line: line, column: 1)
    }
    let names = rest[..<colon].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    guard let first = names.first, !first.isEmpty else {
      throw DiagramError("a note needs a participant", line: line, column: 1)
    }
    for name in names { ensureActor(name, line: line) }
    var entry = SequenceMessage(
      from: first, to: names.count > 1 ? names[1] : first, kind: "NOTE",
      text: Self.messageText(rest[rest.index(after: colon)...]),
      line: line)
    entry.placement = placement
    diagram.messages.append(entry)
  }

  static func messageText<S: StringProtocol>(_ text: S) -> String {
    var value = text.trimmingCharacters(in: .whitespaces)
    for prefix in ["wrap:", "nowrap:"] where value.hasPrefix(prefix) {
      value = value.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
    }
    return value
  }

  /// `box Aqua Title`: a leading colour (a named colour, `rgb(...)`, `hsl(...)`, `transparent`), then the title.
  static func boxColorAndTitle(_ text: String) -> (String, String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let match = trimmed.range(of: #"^(rgba?|hsla?)\s*\([^)]*\)"#, options: .regularExpression) {
      return (String(trimmed[match]), trimmed[match.upperBound...].trimmingCharacters(in: .whitespaces))
    }
    let (word, rest) = firstWord(trimmed)
    if CSSColors.names.contains(word.lowercased()) { return (word, rest) }
    return ("transparent", trimmed)
  }
}
