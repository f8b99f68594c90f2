extension ERParser {
  mutating func statement() throws {
    let token = peek
    switch token.kind {
    case "NEWLINE": advance()
    case _ where Self.entityNameKinds.contains(token.kind): try entityStatement()
    case "acc_title":
      advance()
      diagram.accTitle = try expect("acc_title_value").text.trimmingCharacters(in: .whitespaces)
    case "acc_descr":
      advance()
      diagram.accDescr = try expect("acc_descr_value").text.trimmingCharacters(in: .whitespaces)
    case "acc_descr_multiline_value":
      // Mermaid's common database drops the indentation of continuation lines.
      diagram.accDescr = advance().text.trimmingCharacters(in: .whitespacesAndNewlines)
        .replacingOccurrences(of: #"\n\s+"#, with: "\n", options: .regularExpression)
    case "direction_tb", "direction_bt", "direction_rl", "direction_lr":
      advance()
      diagram.direction = FlowDirection(rawValue: String(token.kind.suffix(2)).uppercased()) ?? .topToBottom
    case "CLASSDEF":
      advance()
      let names = try idList()
      addClass(names, styles: try styles())
      try separator()
    case "CLASS":
      advance()
      let names = try idList()
      setClass(names, try idList())
    case "STYLE":
      advance()
      let names = try idList()
      addStyles(names, try styles())
      try separator()
    default:
      throw unexpected(expecting: ["ENTITY_NAME", "NEWLINE"])
    }
  }

  /// Everything that starts with an entity's name: the entity alone, with an alias, classes or
  /// attributes, or a relationship to another.
  mutating func entityStatement() throws {
    let line = peek.line
    let name = entityName(advance())
    if peek.kind == "SQS" {
      advance()
      let alias = entityName(
        try expect(oneOf: ["ENTITY_NAME"] + Self.entityNameKinds.subtracting(["ENTITY_NAME"]).sorted()))
      try expect("SQE")
      let classes = try classSuffix()
      let attributes = peek.kind == "BLOCK_START" ? try block() : nil
      addEntity(name, alias: alias, line: line)
      if let attributes { addAttributes(name, attributes) }
      setClass([name], classes)
      return
    }
    let classes = try classSuffix()
    if Self.cardinalities[peek.kind] != nil {
      try relationship(from: name, classes: classes, line: line)
      return
    }
    let attributes = peek.kind == "BLOCK_START" ? try block() : nil
    addEntity(name, line: line)
    if let attributes { addAttributes(name, attributes) }
    setClass([name], classes)
  }

  /// `:::a,b` after a name, or nothing.
  mutating func classSuffix() throws -> [String] {
    guard peek.kind == "STYLE_SEPARATOR" else { return [] }
    advance()
    return try idList()
  }

  mutating func relationship(from first: String, classes firstClasses: [String], line: Int) throws {
    let near = try cardinality()
    let identifying = try expect("IDENTIFYING", "NON_IDENTIFYING").kind == "IDENTIFYING"
    let far = try cardinality()
    let second = entityName(
      try expect(oneOf: ["ENTITY_NAME"] + Self.entityNameKinds.subtracting(["ENTITY_NAME"]).sorted()))
    let secondClasses = try classSuffix()
    try expect("COLON")
    let role = try expect("WORD", "ENTITY_NAME", "UNICODE_TEXT").text.replacingOccurrences(of: "\"", with: "")
    addEntity(first, line: line)
    addEntity(second, line: line)
    diagram.relationships.append(
      ERRelationship(
        from: first, to: second, fromCardinality: near, toCardinality: far, identifying: identifying,
        label: role, line: line))
    setClass([first], firstClasses)
    setClass([second], secondClasses)
  }

  mutating func cardinality() throws -> ERCardinality {
    guard let found = Self.cardinalities[peek.kind] else {
      throw unexpected(expecting: ["a cardinality such as || or o{"])
    }
    advance()
    return found
  }

  /// `{ type name PK, FK "comment" ... }`: the attributes in document order.
  mutating func block() throws -> [ERAttribute] {
    try expect("BLOCK_START")
    var attributes: [ERAttribute] = []
    while peek.kind != "BLOCK_STOP" {
      let type = try expect("ATTRIBUTE_WORD").text
      let name = try expect("ATTRIBUTE_WORD").text
      var attribute = ERAttribute(type: type, name: name)
      if peek.kind == "ATTRIBUTE_KEY" {
        attribute.keys.append(advance().text)
        while peek.kind == "," {
          advance()
          attribute.keys.append(try expect("ATTRIBUTE_KEY").text)
        }
      }
      if peek.kind == "COMMENT" {
        attribute.comment = advance().text.replacingOccurrences(of: "\"", with: "")
      }
      attributes.append(attribute)
    }
    advance()
    return attributes
  }

  func entityName(_ token: LexToken) -> String {
    token.kind == "ENTITY_NAME" ? token.text.replacingOccurrences(of: "\"", with: "") : token.text
  }

  mutating func idList() throws -> [String] {
    var names = [try expect("UNICODE_TEXT", "STYLE_TEXT").text]
    while peek.kind == "COMMA" {
      advance()
      names.append(try expect("UNICODE_TEXT", "STYLE_TEXT").text)
    }
    return names
  }

  /// Comma-separated styles, each the words, colons and `#`s written together (spaces dropped).
  mutating func styles() throws -> [String] {
    var found: [String] = []
    repeat {
      if !found.isEmpty { advance() }
      var style = try expect("STYLE_TEXT", "NUM", "COLON", "BRKT").text
      while ["STYLE_TEXT", "NUM", "COLON", "BRKT"].contains(peek.kind) { style += advance().text }
      found.append(style)
    } while peek.kind == "COMMA"
    return found
  }

  mutating func separator() throws {
    if peek.kind == LexToken.endOfInput { return }
    try expect("SEMI", "NEWLINE")
  }
}
