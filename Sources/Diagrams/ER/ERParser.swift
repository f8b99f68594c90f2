/// Parses mermaid's entity-relationship language (`erDiagram`) as mermaid 11 does: its lexer rules in
/// order (`ERParser+Rules.swift`), then the grammar's statements, each applied to the diagram as
/// mermaid's database applies them.
public struct ERParser {
  var tokens: [LexToken]
  var index = 0
  var diagram = ERDiagram()
  var places: [String: Int] = [:]

  public static func parse(_ source: String) throws -> ERDiagram {
    let prepared = DiagramPreprocessor.process(source)
    var parser = ERParser(tokens: try lexer.tokens(trimmingStart: prepared.text))
    try parser.run()
    var diagram = parser.diagram
    if diagram.title == nil { diagram.title = prepared.frontMatter["title"] }
    return diagram.decodingEntities()
  }

  static func tokens(_ text: String) throws -> [LexToken] { try lexer.tokens(trimmingStart: text) }

  mutating func run() throws {
    try expect("ER_DIAGRAM")
    while peek.kind != LexToken.endOfInput {
      try statement()
    }
  }

  // MARK: Tokens

  var peek: LexToken { tokens[min(index, tokens.count - 1)] }

  @discardableResult
  mutating func advance() -> LexToken {
    let token = peek
    if index < tokens.count { index += 1 }
    return token
  }

  @discardableResult
  mutating func expect(_ kinds: String...) throws -> LexToken { try expect(oneOf: kinds) }

  @discardableResult
  mutating func expect(oneOf kinds: [String]) throws -> LexToken {
    guard kinds.contains(peek.kind) else { throw unexpected(expecting: kinds) }
    return advance()
  }

  func unexpected(expecting kinds: [String]) -> DiagramError {
    let found =
      peek.kind == LexToken.endOfInput
      ? "the end of the diagram" : peek.kind == "NEWLINE" ? "the end of the line" : "'\(peek.text)'"
    var wanted: [String] = []
    for kind in kinds where !wanted.contains(Self.describe(kind)) { wanted.append(Self.describe(kind)) }
    return DiagramError(
      "expected \(wanted.joined(separator: " or ")), found \(found)", line: peek.line, column: peek.column)
  }

  static func describe(_ kind: String) -> String {
    switch kind {
    case "ER_DIAGRAM": "erDiagram"
    case "COLON": "':'"
    case "SQE": "']'"
    case "BLOCK_STOP": "'}'"
    case "ATTRIBUTE_WORD": "an attribute type or name"
    case "ATTRIBUTE_KEY": "PK, FK or UK"
    case "IDENTIFYING", "NON_IDENTIFYING": "'--' or '..'"
    case "ENTITY_NAME", "UNICODE_TEXT": "an entity name"
    case "WORD": "a label"
    case "STYLE_TEXT": "a style"
    case "NEWLINE", "SEMI": "the end of the statement"
    default: kind.lowercased().replacingOccurrences(of: "_", with: " ")
    }
  }
}
