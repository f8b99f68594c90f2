/// Parses mermaid's class diagram language (`classDiagram`, `classDiagram-v2`) as mermaid 11 does: its
/// lexer rules in order (`ClassParser+Rules.swift`), its grammar's statements
/// (`ClassParser+Statements.swift`), each applied as mermaid's class database applies it
/// (`ClassParser+Database.swift`), failing where the database fails (an annotation or a click on a
/// class never declared, a method line with no `name(...)`).
public struct ClassParser: TokenReading {
  var stream: TokenStream
  var diagram = ClassDiagram()
  var places: [String: Int] = [:]
  var namespacePlaces: [String: Int] = [:]
  var namespaceStack: [String] = []

  public static func parse(_ source: String) throws -> ClassDiagram {
    let prepared = DiagramPreprocessor.process(source)
    var parser = ClassParser(
      stream: TokenStream(
        tokens: try lexer.tokens(trimmingStart: prepared.text), lineEnd: "NEWLINE", describe: describe))
    try parser.run()
    var diagram = parser.diagram
    diagram.title = prepared.frontMatter["title"]
    return diagram
  }

  /// `classDiagram`, a line break, then at least one statement, each ending its line.
  mutating func run() throws {
    try expect("CLASS_DIAGRAM")
    try expect("NEWLINE")
    repeat {
      try statement()
      if peek.kind == "NEWLINE" {
        advance()
      } else if peek.kind != LexToken.endOfInput {
        throw unexpected(expecting: ["NEWLINE"])
      }
    } while peek.kind != LexToken.endOfInput
  }

  static func describe(_ kind: String) -> String {
    switch kind {
    case "CLASS_DIAGRAM": "classDiagram"
    case "NEWLINE": "the end of the line"
    case "ALPHA", "UNICODE_TEXT", "NUM", "MINUS", "BQUOTE_STR": "a class name"
    case "STR": "a quoted text"
    case "STRUCT_START": "'{'"
    case "STRUCT_STOP": "'}'"
    case "SQE": "']'"
    case "ANNOTATION_END": "'>>'"
    case "LINE", "DOTTED_LINE": "'--' or '..'"
    case "MEMBER": "a member"
    case "CALLBACK_NAME": "'call' and a function name"
    case "HREF": "'href'"
    case "LABEL": "':' and a text"
    default: kind.lowercased().replacingOccurrences(of: "_", with: " ")
    }
  }
}
