import Foundation

extension FlowchartParser {
  /// The rest of the line (up to a new line or `;`), trimmed.
  mutating func restOfStatement() -> String {
    let start = cursor.offset
    while let character = cursor.current, character != "\n", character != ";" { cursor.advance() }
    return cursor.text(from: start).trimmingCharacters(in: .whitespaces)
  }

  /// A keyword's argument word: up to the next space, new line or `;`.
  mutating func word() -> String {
    cursor.skipSpaces()
    let start = cursor.offset
    while let character = cursor.current, character != " ", character != "\t", character != "\n",
      character != ";"
    {
      cursor.advance()
    }
    return cursor.text(from: start)
  }

  static func styleList(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  mutating func parseStyle() throws {
    let start = cursor.offset
    cursor.advance("style".count)
    let id = word()
    let styles = restOfStatement()
    guard !id.isEmpty, !styles.isEmpty else {
      throw cursor.error("'style' needs a node id and styles", at: start)
    }
    try checkStyles(styles, at: start)
    let (line, column) = cursor.position(of: start)
    builder.addVertex(id, styles: Self.styleList(styles), line: line, column: column)
  }

  /// Mermaid's style grammar takes words, numbers, `#`, `%`, `:`, `.`, `-`, spaces and commas; text such as
  /// an entity placeholder is an error there, as it is in mermaid.
  func checkStyles(_ styles: String, at start: Int) throws {
    if styles.contains(EntityCodes.open) { throw cursor.error("unexpected text in a style", at: start) }
  }

  mutating func parseClassDef() throws {
    let start = cursor.offset
    cursor.advance("classDef".count)
    let names = word()
    let styles = restOfStatement()
    guard !names.isEmpty, !styles.isEmpty else {
      throw cursor.error("'classDef' needs a class name and styles", at: start)
    }
    try checkStyles(styles, at: start)
    builder.addClassDef(names, styles: Self.styleList(styles))
  }

  mutating func parseClassStatement() throws {
    let start = cursor.offset
    cursor.advance("class".count)
    let ids = word()
    let name = word()
    guard !ids.isEmpty, !name.isEmpty else {
      throw cursor.error("'class' needs node ids and a class name", at: start)
    }
    builder.setClass(ids, name)
  }

  mutating func parseLinkStyle() throws {
    let start = cursor.offset
    cursor.advance("linkStyle".count)
    let positions = word()
    cursor.skipSpaces()
    var interpolate: String?
    if cursor.has("interpolate") {
      cursor.advance("interpolate".count)
      interpolate = word()
    }
    let styles = Self.styleList(restOfStatement())
    guard !positions.isEmpty else {
      throw cursor.error("'linkStyle' needs edge numbers or 'default'", at: start)
    }
    if positions == "default" {
      builder.chart.defaultEdgeStyles = styles
      if let interpolate { builder.chart.defaultInterpolate = interpolate }
      return
    }
    for part in positions.split(separator: ",") {
      guard let index = Int(part) else { throw cursor.error("'\(part)' is not an edge number", at: start) }
      guard index >= 0 && index < builder.chart.edges.count else {
        throw cursor.error(
          "linkStyle \(index) is out of bounds: the graph has \(builder.chart.edges.count) edges (numbered from 0)",
          at: start)
      }
      if !styles.isEmpty { builder.chart.edges[index].styles = styles }
      if let interpolate { builder.chart.edges[index].interpolate = interpolate }
    }
  }

  mutating func parseClick() throws {
    let start = cursor.offset
    cursor.advance("click".count)
    let id = word()
    guard !id.isEmpty else { throw cursor.error("'click' needs a node id", at: start) }
    cursor.skipSpaces()
    if isKeyword("href") {
      cursor.advance("href".count)
      cursor.skipSpaces()
    }
    if cursor.current == "\"" {
      let url = try quoted()
      var target: String?
      cursor.skipSpaces()
      if cursor.current == "\"" {
        builder.setTooltip(id, try quoted())
        cursor.skipSpaces()
      }
      if cursor.current == "_" { target = word() }
      builder.setLink(id, url: url, target: target)
      return
    }
    if isKeyword("call") { cursor.advance("call".count) }
    cursor.skipSpaces()
    let functionStart = cursor.offset
    while let character = cursor.current, character != " ", character != "\n", character != ";",
      character != "\""
    {
      if character == "(" {
        while let inner = cursor.current, inner != ")", inner != "\n" { cursor.advance() }
      }
      cursor.advance()
    }
    let function = cursor.text(from: functionStart)
    guard !function.isEmpty else { throw cursor.error("'click' needs a link or a callback", at: start) }
    builder.setCallback(id, function: function)
    cursor.skipSpaces()
    if cursor.current == "\"" { builder.setTooltip(id, try quoted()) }
  }

  /// A `"..."` string; the cursor stands on its opening quote.
  mutating func quoted() throws -> String {
    let start = cursor.offset
    cursor.advance()
    let contentStart = cursor.offset
    while let character = cursor.current, character != "\"" {
      if character == "\n" { break }
      cursor.advance()
    }
    guard cursor.current == "\"" else { throw cursor.error("unterminated string", at: start) }
    let text = cursor.text(from: contentStart)
    cursor.advance()
    return text
  }

  mutating func parseAccessibility() throws {
    let start = cursor.offset
    let isTitle = cursor.has("accTitle")
    cursor.advance(8)
    cursor.skipSpaces()
    if !isTitle && cursor.current == "{" {
      cursor.advance()
      let contentStart = cursor.offset
      while let character = cursor.current, character != "}" { cursor.advance() }
      guard cursor.current == "}" else { throw cursor.error("accDescr { is not closed", at: start) }
      builder.chart.accDescr = cursor.text(from: contentStart).trimmingCharacters(in: .whitespacesAndNewlines)
        .replacingOccurrences(of: #"\n\s+"#, with: "\n", options: .regularExpression)
      cursor.advance()
      return
    }
    guard cursor.current == ":" else {
      throw cursor.error("expected ':' after \(isTitle ? "accTitle" : "accDescr")")
    }
    cursor.advance()
    let lineStart = cursor.offset
    while let character = cursor.current, character != "\n" { cursor.advance() }
    let value = cursor.text(from: lineStart).trimmingCharacters(in: .whitespaces)
    if isTitle { builder.chart.accTitle = value } else { builder.chart.accDescr = value }
  }

  /// `subgraph id[title]`, `subgraph "title"`, `subgraph title with spaces`, or a bare `subgraph`.
  mutating func parseSubgraph() throws -> String {
    let start = cursor.offset
    let (line, _) = cursor.position(of: start)
    cursor.advance("subgraph".count)
    // One space separates the keyword (mermaid's SPACE token); any more belong to the title, and a title
    // with white space gets a generated id: `subgraph  main` is not the subgraph `main`.
    if cursor.current == " " || cursor.current == "\t" { cursor.advance() }
    var id: String?
    var title = FlowLabel("")
    let headerStart = cursor.offset
    while let character = cursor.current, character != "\n", character != ";", character != "[" {
      if character == "\"" { _ = try quoted() } else { cursor.advance() }
    }
    let rawHead = cursor.text(from: headerStart)
    let head = rawHead.trimmingCharacters(in: .whitespaces)
    if cursor.current == "[" {
      cursor.advance()
      let label = try shapeText(closing: ["]"])
      guard cursor.current == "]" else { throw cursor.error("subgraph title is not closed with ']'") }
      cursor.advance()
      id = head
      title = label
    } else if !head.isEmpty {
      let label = Self.label(head)
      title = label
      // As mermaid: a title with white space anywhere (trailing spaces too) gets a generated id.
      id = rawHead.contains(where: \.isWhitespace) ? nil : label.text
    }
    let (members, direction) = try parseStatements(inSubgraph: true)
    return builder.addSubgraph(id: id, title: title, members: members, direction: direction, line: line)
  }

  /// A label from text: `"quoted"` is a string, "`markdown`" (in quotes) is markdown, else text.
  static func label(_ raw: String) -> FlowLabel {
    let text = raw.trimmingCharacters(in: .whitespaces)
    if text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") {
      let inner = String(text.dropFirst().dropLast())
      if inner.count >= 2 && inner.hasPrefix("`") && inner.hasSuffix("`") {
        return FlowLabel(String(inner.dropFirst().dropLast()), type: .markdown)
      }
      return FlowLabel(inner, type: .string)
    }
    return FlowLabel(text, type: .text)
  }
}
