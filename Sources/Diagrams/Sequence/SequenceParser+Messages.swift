import Foundation

extension SequenceParser {
  /// `A->>+B: text`, `A ()-->>() B: text`.
  mutating func message(_ statement: String, line: Int) throws {
    let characters = Array(statement)
    let colon = characters.firstIndex(of: ":") ?? characters.count
    var found: (start: Int, token: String, kind: String)?
    search: for position in 0..<colon {
      for (token, kind) in Self.arrows {
        let tokenCharacters = Array(token)
        if position + tokenCharacters.count <= colon,
          Array(characters[position..<(position + tokenCharacters.count)]) == tokenCharacters
        {
          found = (position, token, kind)
          break search
        }
      }
    }
    guard let arrow = found else {
      throw DiagramError(
        "not a statement of a sequence diagram: '\(statement.prefix(40))'", line: line, column: 1)
    }
    var source = String(characters[0..<arrow.start]).trimmingCharacters(in: .whitespaces)
    var rest = String(characters[(arrow.start + arrow.token.count)..<colon]).trimmingCharacters(
      in: .whitespaces)
    let text = colon < characters.count ? Self.messageText(String(characters[(colon + 1)...])) : ""
    var leftCentral = false
    var rightCentral = false
    if source.hasSuffix("()") {
      leftCentral = true
      source = source.dropLast(2).trimmingCharacters(in: .whitespaces)
    }
    if rest.hasPrefix("()") {
      rightCentral = true
      rest = rest.dropFirst(2).trimmingCharacters(in: .whitespaces)
    }
    var activate = false
    var deactivate = false
    if rest.hasPrefix("+") {
      activate = true
      rest = rest.dropFirst().trimmingCharacters(in: .whitespaces)
    } else if rest.hasPrefix("-") {
      deactivate = true
      rest = rest.dropFirst().trimmingCharacters(in: .whitespaces)
    }
    let target = rest
    guard Self.isActorName(source), Self.isActorName(target) else {
      throw DiagramError("a message needs a participant on each side of its arrow", line: line, column: 1)
    }
    if let awaited = awaitingMessage {
      guard source == awaited.name || target == awaited.name else {
        throw DiagramError(
          "the \(awaited.what) participant \(awaited.name) needs the next message to or from it", line: line,
          column: 1)
      }
      awaitingMessage = nil
    }
    ensureActor(source, line: line)
    ensureActor(target, line: line)
    diagram.messages.append(
      SequenceMessage(from: source, to: target, kind: arrow.kind, text: text, line: line))
    if rightCentral {
      diagram.messages.append(
        SequenceMessage(from: target, to: nil, kind: "CENTRAL_CONNECTION", text: "", line: line))
    }
    if leftCentral {
      diagram.messages.append(
        SequenceMessage(from: source, to: nil, kind: "CENTRAL_CONNECTION_REVERSE", text: "", line: line))
    }
    if activate { try activation(target, start: true, line: line) }
    if deactivate { try activation(source, start: false, line: line) }
  }

  static func isActorName(_ name: String) -> Bool {
    !name.isEmpty && !name.contains(where: { "+<>:,;\n".contains($0) })
  }
}
