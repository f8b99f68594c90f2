/// Parses mermaid's entity-relationship language (`erDiagram`) as mermaid 11 does: its lexer rules in
/// order (`ERParser+Rules.swift`), then the grammar's statements, each applied to the diagram as
/// mermaid's database applies them.
public struct ERParser: TokenReading {
  var stream: TokenStream
  var diagram = ERDiagram()
  var places: [String: Int] = [:]

  public static func parse(_ source: String) throws -> ERDiagram {
    let prepared = DiagramPreprocessor.process(source)
    var parser = ERParser(
      stream: TokenStream(
        tokens: try lexer.tokens(trimmingStart: prepared.text), lineEnd: "NEWLINE", describe: describe))
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

  @discardableResult
  mutating func expect(oneOf kinds: [String]) throws -> LexToken { try stream.expect(kinds) }

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
