/// Parses mermaid's state diagram language (`stateDiagram`, `stateDiagram-v2`) as mermaid 11 does:
/// its lexer rules in order (`StateParser+Rules.swift`), its grammar into statements, then what its
/// database and renderer's data step make of them (`StateParser+Database.swift`).
public struct StateParser: TokenReading {
  var stream: TokenStream
  var dividers = 0
  var accTitle: String?
  var accDescr: String?

  public static func parse(_ source: String) throws -> StateDiagram {
    let prepared = DiagramPreprocessor.process(source)
    var parser = StateParser(
      stream: TokenStream(
        tokens: try lexer.tokens(trimmingStart: prepared.text, atEnd: "NL"), lineEnd: "NL", describe: describe
      ))
    let document = try parser.run()
    var translator = StateTranslator()
    var diagram = translator.diagram(document)
    // Mermaid's database answers with the first `direction` of the root document: one inside a
    // composite state sets only that state's.
    for statement in document {
      if case .direction(let value) = statement {
        diagram.direction = value
        break
      }
    }
    diagram.accTitle = parser.accTitle
    diagram.accDescr = parser.accDescr
    diagram.title = prepared.frontMatter["title"]
    return diagram
  }

  mutating func run() throws -> [StateStatement] {
    while peek.kind == "NL" { advance() }
    try expect("SD")
    return try document(until: LexToken.endOfInput)
  }

  mutating func document(until end: String) throws -> [StateStatement] {
    var statements: [StateStatement] = []
    while peek.kind != end {
      if peek.kind == LexToken.endOfInput { throw unexpected(expecting: [end]) }
      if peek.kind == "NL" {
        advance()
        continue
      }
      statements.append(try statement())
    }
    return statements
  }

  static func describe(_ kind: String) -> String {
    switch kind {
    case "SD": "stateDiagram"
    case "ID": "a state name"
    case "EDGE_STATE": "[*]"
    case "STRUCT_STOP": "'}'"
    case "NOTE_TEXT": "the note's text"
    case "left_of", "right_of": "'left of' or 'right of'"
    default: kind.lowercased().replacingOccurrences(of: "_", with: " ")
    }
  }
}
