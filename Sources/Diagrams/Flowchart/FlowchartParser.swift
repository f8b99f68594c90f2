/// Parses mermaid's flowchart language as mermaid 11 does, quirks included, into a `Flowchart`.
/// Statements are read by hand-written descent; the token rules follow mermaid's grammar.
public struct FlowchartParser {
  var cursor: TextCursor
  var builder = FlowchartBuilder()

  /// Keywords no node id may start with (`style.node` is an error in mermaid).
  static let reservedPrefixes = [
    "flowchart-elk", "flowchart", "graph", "subgraph", "linkStyle", "interpolate", "classDef", "class",
    "style",
    "_self", "_blank", "_parent", "_top", "end",
  ]

  public static func parse(_ source: String) throws -> Flowchart {
    let prepared = DiagramPreprocessor.process(source)
    var parser = FlowchartParser(cursor: TextCursor(prepared.text))
    try parser.parseDiagram()
    var chart = parser.builder.chart
    chart.title = prepared.frontMatter["title"]
    return chart.decodingEntities()
  }

  mutating func parseDiagram() throws {
    skipBlankLines()
    let headerStart = cursor.offset
    var keyword = ""
    for candidate in ["flowchart-elk", "flowchart", "graph"] where cursor.has(candidate) {
      keyword = candidate
      break
    }
    guard !keyword.isEmpty else {
      throw cursor.error(
        "a flowchart starts with 'flowchart' or 'graph', found \(cursor.nearby)", at: headerStart)
    }
    cursor.advance(keyword.count)
    if let next = cursor.current, !(next == " " || next == "\t" || next == "\n" || next == ";") {
      throw cursor.error("expected a direction or a new line after '\(keyword)'")
    }
    cursor.skipSpaces()
    // Without a direction mermaid draws top to bottom.
    builder.chart.direction = readDirectionWord() ?? .topToBottom
    try parseStatements(inSubgraph: false)
  }

  /// `TB`, `TD`, `BT`, `RL`, `LR` or mermaid's `>` `<` `^` `v`, followed by a separator.
  mutating func readDirectionWord() -> FlowDirection? {
    for word in ["TB", "TD", "BT", "RL", "LR", ">", "<", "^", "v"] where cursor.has(word) {
      let after = cursor.peek(word.count)
      if after == nil || after == "\n" || after == ";" || after == " " || after == "\t" {
        cursor.advance(word.count)
        return FlowDirection(mermaid: word)
      }
    }
    return nil
  }

  mutating func skipBlankLines() {
    while let character = cursor.current, character == " " || character == "\t" || character == "\n" {
      cursor.advance()
    }
  }

  /// Statements until the end of the text, or until `end` inside a subgraph. Returns the ids the
  /// statements mentioned (for subgraph membership) and a `direction` statement's value.
  @discardableResult
  mutating func parseStatements(inSubgraph: Bool) throws -> (members: [String], direction: String?) {
    var members: [String] = []
    var direction: String?
    while true {
      while let character = cursor.current,
        character == " " || character == "\t" || character == "\n" || character == ";"
      {
        cursor.advance()
      }
      guard !cursor.isAtEnd else {
        if inSubgraph { throw cursor.error("a subgraph is missing its 'end'") }
        return (members, direction)
      }
      if isKeyword("end") {
        guard inSubgraph else { throw cursor.error("'end' without a subgraph to close") }
        cursor.advance(3)
        return (members, direction)
      }
      let statementStart = cursor.offset
      if isKeyword("subgraph") {
        members.append(try parseSubgraph())
      } else if let value = try parseDirectionStatement() {
        direction = value
      } else if isKeyword("style") {
        try parseStyle()
      } else if isKeyword("linkStyle") {
        try parseLinkStyle()
      } else if isKeyword("classDef") {
        try parseClassDef()
      } else if isKeyword("class") {
        try parseClassStatement()
      } else if isKeyword("click") {
        try parseClick()
      } else if cursor.has("accTitle") || cursor.has("accDescr") {
        try parseAccessibility()
        continue
      } else {
        members = try parseVertexStatement() + members
      }
      try expectSeparator(after: statementStart)
    }
  }

  /// A statement ends at a new line, a `;`, the end of the text, or (inside a subgraph) before `end`.
  mutating func expectSeparator(after start: Int) throws {
    cursor.skipSpaces()
    guard let character = cursor.current else { return }
    if character == "\n" || character == ";" {
      cursor.advance()
      return
    }
    if character == "%" && cursor.peek(1) == "%" {
      throw cursor.error("a %% comment must stand on a line of its own")
    }
    throw cursor.error("unexpected \(cursor.nearby)")
  }

  /// True when `word` stands at the cursor followed by a space, a separator or the end.
  func isKeyword(_ word: String) -> Bool {
    guard cursor.has(word) else { return false }
    guard let after = cursor.peek(word.count) else { return true }
    return after == " " || after == "\t" || after == "\n" || after == ";"
  }

  /// `direction LR` inside a subgraph; returns the direction as written.
  mutating func parseDirectionStatement() throws -> String? {
    guard isKeyword("direction") else { return nil }
    let start = cursor.offset
    cursor.advance("direction".count)
    cursor.skipSpaces()
    let wordStart = cursor.offset
    guard readDirectionWord() != nil else {
      cursor.offset = start
      return nil
    }
    return cursor.text(from: wordStart)
  }
}
