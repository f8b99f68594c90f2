extension StateParser {
  mutating func statement() throws -> StateStatement {
    let token = advance()
    switch token.kind {
    case "classDef":
      let id = try expect("CLASSDEF_ID", "DEFAULT").text.trimmingCharacters(in: .whitespaces)
      let styles = try expect("CLASSDEF_STYLEOPTS").text.trimmingCharacters(in: .whitespaces)
      return .classDef(id: id, styles: styles)
    case "style":
      let ids = try expect("STYLE_IDS").text.trimmingCharacters(in: .whitespaces)
      return .style(
        ids: ids, styles: try expect("STYLEDEF_STYLEOPTS").text.trimmingCharacters(in: .whitespaces))
    case "class":
      let ids = try expect("CLASSENTITY_IDS").text.trimmingCharacters(in: .whitespaces)
      return .applyClass(
        ids: ids, className: try expect("STYLECLASS").text.trimmingCharacters(in: .whitespaces))
    case "ID", "EDGE_STATE":
      stream.index -= 1
      return try idStatement()
    case "HIDE_EMPTY": return .ignored
    case "scale":
      try expect("WIDTH")
      return .ignored
    case "COMPOSIT_STATE":
      guard peek.kind == "STRUCT_START" else { return .ignored }
      advance()
      let document = try self.document(until: "STRUCT_STOP")
      advance()
      return .state(.init(id: token.text, type: "default", descriptions: [""], document: document))
    case "STATE_DESCR": return try describedState(token.text)
    case "FORK", "JOIN", "CHOICE": return .state(.init(id: token.text, type: token.kind.lowercased()))
    case "CONCURRENT":
      dividers += 1
      return .state(.init(id: "divider-id-\(dividers)", type: "divider"))
    case "note": return try note()
    case "direction_tb", "direction_bt", "direction_rl", "direction_lr":
      return .direction(FlowDirection(rawValue: String(token.kind.suffix(2)).uppercased()) ?? .topToBottom)
    case "acc_title":
      accTitle = try expect("acc_title_value").text.trimmingCharacters(in: .whitespaces)
      return .ignored
    case "acc_descr":
      accDescr = try expect("acc_descr_value").text.trimmingCharacters(in: .whitespaces)
      return .ignored
    case "acc_descr_multiline_value":
      // Mermaid's common database drops the indentation of continuation lines.
      accDescr = token.text.trimmingCharacters(in: .whitespacesAndNewlines)
        .replacingOccurrences(of: #"\n\s+"#, with: "\n", options: .regularExpression)
      return .ignored
    case "CLICK": return try click()
    default:
      stream.index -= 1
      throw unexpected(expecting: ["ID", "state", "note"])
    }
  }

  /// `A`, `A : text`, `A --> B`, `A --> B : text`, with `:::class` on either state.
  mutating func idStatement() throws -> StateStatement {
    let first = try item()
    if peek.kind == "DESCR" {
      var described = first
      described.descriptions = [Self.trimColon(advance().text)]
      return .state(described)
    }
    guard peek.kind == "-->" else { return .state(first) }
    advance()
    let second = try item()
    let description = peek.kind == "DESCR" ? Self.trimColon(advance().text) : nil
    return .relation(first, second, description: description)
  }

  /// One `ID` or `[*]`, with its `:::class`.
  mutating func item() throws -> StateStatement.Item {
    let token = try expect("ID", "EDGE_STATE")
    var item = StateStatement.Item(
      id: token.text.trimmingCharacters(in: .whitespaces), type: "default", descriptions: [""])
    if peek.kind == "STYLE_SEPARATOR" {
      advance()
      item.classes = [try expect("ID").text.trimmingCharacters(in: .whitespaces)]
    }
    return item
  }

  /// `state "Long name" as Id`, with a composite's document; `as Id:text` adds a second description.
  mutating func describedState(_ text: String) throws -> StateStatement {
    try expect("AS")
    let written = try expect("ID").text
    var item = StateStatement.Item(
      id: written, type: "default", descriptions: [text.trimmingCharacters(in: .whitespacesAndNewlines)])
    if peek.kind == "STRUCT_START" {
      advance()
      item.document = try document(until: "STRUCT_STOP")
      advance()
      item.descriptions = [text]
      return .state(item)
    }
    if written.contains(":") {
      let parts = written.components(separatedBy: ":")
      item.id = parts[0]
      item.descriptions.append(parts[1])
    }
    return .state(item)
  }

  mutating func note() throws -> StateStatement {
    if peek.kind == "NOTE_TEXT" {
      advance()
      try expect("AS")
      try expect("ID")
      return .ignored
    }
    let position = try expect("left_of", "right_of").text.trimmingCharacters(in: .whitespaces)
    let id = try expect("ID").text.trimmingCharacters(in: .whitespacesAndNewlines)
    let text = try expect("NOTE_TEXT").text.trimmingCharacters(in: .whitespacesAndNewlines)
    var item = StateStatement.Item(id: id, type: nil)
    item.notePosition = position
    item.noteText = text
    return .state(item)
  }

  mutating func click() throws -> StateStatement {
    let target = try item()
    let url: String
    var tooltip = ""
    if peek.kind == "HREF" {
      advance()
      url = try expect("STRING").text
    } else {
      url = try expect("STRING").text
      tooltip = try expect("STRING").text
    }
    try expect("NL")
    return .click(id: target.id, url: url, tooltip: tooltip)
  }

  static func trimColon(_ text: String) -> String {
    text.hasPrefix(":")
      ? String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
      : text.trimmingCharacters(in: .whitespaces)
  }
}
