import Foundation

extension FlowchartParser {
  /// A statement of nodes and links: `A & B --> C -->|yes| D`.
  mutating func parseVertexStatement() throws -> [String] {
    var previous = try parseNodeGroup()
    var members = previous
    while true {
      let save = cursor.offset
      cursor.skipSpaces()
      var userID: String?
      if let (id, end) = edgeIDAhead() {
        userID = id
        cursor.offset = end
      }
      var linkLine = cursor.position().line
      guard let (link, label) = try parseLink() ?? (userID == nil ? continuedLink(line: &linkLine) : nil)
      else {
        if userID != nil { throw cursor.error("an edge id must be followed by an arrow") }
        cursor.offset = save
        break
      }
      cursor.skipSpaces()
      guard let first = cursor.current, first != "\n", first != ";" else {
        throw cursor.error("a link must end at a node")
      }
      let next = try parseNodeGroup()
      for (startIndex, start) in previous.enumerated() {
        for (endIndex, end) in next.enumerated() {
          // Mermaid gives a named arrow's id to the pair of the last start and the first end.
          let isNamed = startIndex == previous.count - 1 && endIndex == 0
          builder.addEdge(
            from: start, to: end, link: link, label: label, userID: isNamed ? userID : nil, line: linkLine)
        }
      }
      members = next + members
      previous = next
    }
    return members
  }

  /// A line that starts with a link continues the statement before it (`A --> B` then `--> C` on the next
  /// line), as mermaid reads it. Nil, with the cursor where it was, when the next line is no link.
  mutating func continuedLink(line: inout Int) -> (LinkToken, FlowLabel?)? {
    let save = cursor.offset
    cursor.skipSpaces()
    guard cursor.current == "\n" else {
      cursor.offset = save
      return nil
    }
    while let character = cursor.current, character == "\n" || character == " " || character == "\t" {
      cursor.advance()
    }
    let start = cursor.position().line
    guard let first = cursor.current, "-=~<".contains(first), let found = try? parseLink() else {
      cursor.offset = save
      return nil
    }
    line = start
    return found
  }

  /// `e1@-->`: an edge id written before its arrow.
  func edgeIDAhead() -> (String, Int)? {
    var index = cursor.offset
    while index < cursor.characters.count, Self.isIDCharacter(cursor.characters[index]),
      cursor.characters[index] != "@"
    {
      index += 1
    }
    guard index > cursor.offset, index < cursor.characters.count, cursor.characters[index] == "@" else {
      return nil
    }
    let after = index + 1
    guard after < cursor.characters.count, cursor.characters[after] != "{" else { return nil }
    var arrow = after
    if let first = cursor.peek(after - cursor.offset), "xo<".contains(first) { arrow += 1 }
    guard
      fullArrow(at: after, dash: "-") != nil || fullArrow(at: after, dash: "=") != nil
        || dottedArrow(at: after) != nil || invisibleArrow(at: after) != nil || cursor.has("--", at: arrow)
        || cursor.has("==", at: arrow) || cursor.has("-.", at: arrow)
    else { return nil }
    return (cursor.text(from: cursor.offset, to: index), after)
  }

  /// Nodes joined by `&`.
  mutating func parseNodeGroup() throws -> [String] {
    var ids = [try parseStyledVertex()]
    while true {
      let save = cursor.offset
      cursor.skipSpaces()
      guard cursor.current == "&" else {
        cursor.offset = save
        break
      }
      cursor.advance()
      cursor.skipSpaces()
      ids.append(try parseStyledVertex())
    }
    return ids
  }

  /// A node: its id, an optional bracket shape with text, `@{ ... }` data and `:::class`.
  mutating func parseStyledVertex() throws -> String {
    let start = cursor.offset
    let (line, column) = cursor.position()
    let id = try parseID()
    var label: FlowLabel?
    var shape: String?
    var props: [String: String] = [:]
    if let (opened, closes, name) = shapeOpener() {
      cursor.advance(opened)
      if name == "rect" {
        props = try vertexProps()
      }
      let text = try shapeText(closing: closes)
      guard let close = closes.first(where: { cursor.has($0) }) else {
        throw cursor.error("the text of node '\(id)' is not closed with '\(closes[0])'")
      }
      shape = shapeName(name, close: close)
      cursor.advance(close.count)
      label = text
    }
    var classes: [String] = []
    var data: String?
    for _ in 0..<2 {
      if cursor.has("@{") {
        data = try shapeDataBlock()
      } else if cursor.has(":::") {
        cursor.advance(3)
        let classStart = cursor.offset
        while let character = cursor.current {
          if Self.isIDCharacter(character) {
            cursor.advance()
          } else if character == "-", let next = cursor.peek(1), next != "-", next != "." {
            cursor.advance()
          } else {
            break
          }
        }
        let name = cursor.text(from: classStart)
        guard !name.isEmpty else { throw cursor.error("':::' needs a class name") }
        classes.append(name)
      }
    }
    if let data, label == nil, shape == nil, classes.isEmpty, builder.edgeIndex(withID: id) != nil,
      builder.chart.vertex(id) == nil
    {
      try applyEdgeData(data, toEdge: id, at: start)
      return id
    }
    builder.addVertex(
      id, label: label, shape: shape, classes: classes, props: props, line: line, column: column)
    if let data { try applyShapeData(data, to: id, at: start) }
    return id
  }

  /// A node id, as mermaid's NODE_STRING: letters, digits and `!"#$%&'*+.`?\_/`, `-` not starting an
  /// arrow, `=` not doubled. Ids may not begin with a keyword (`style.x`, `end-x`).
  mutating func parseID() throws -> String {
    let start = cursor.offset
    for keyword in Self.reservedPrefixes where cursor.has(keyword) {
      let after = cursor.peek(keyword.count)
      if after == nil || !(after!.isLetter || after!.isNumber || after! == "_") {
        throw cursor.error("a node id cannot start with the keyword '\(keyword)'")
      }
    }
    while let character = cursor.current {
      if Self.isIDCharacter(character) {
        cursor.advance()
      } else if character == "-", cursor.peek(1) != "-", cursor.peek(1) != "." {
        // A lone `-` is part of the id (`odd->x]` is node `odd-`); `--` and `-.` start arrows.
        cursor.advance()
      } else if character == ":", !cursor.has(":::") {
        cursor.advance()
      } else if character == "," {
        cursor.advance()
      } else if character == "=", cursor.peek(1) != "=" {
        cursor.advance()
      } else {
        break
      }
    }
    // `x` and `o` glued before an arrow belong to the id (`Ax-->B` links `Ax`), as in mermaid.
    guard cursor.offset > start else {
      throw cursor.error("expected a node, found \(cursor.nearby)")
    }
    return cursor.text(from: start)
  }

  static func isIDCharacter(_ character: Character) -> Bool {
    if character.isLetter || character.isNumber { return true }
    return "!\"#$%&'*+.`?\\_/".contains(character) || (!character.isASCII && !character.isWhitespace)
  }

  /// The bracket that opens a node's shape at the cursor: (characters, possible closings, shape).
  func shapeOpener() -> (Int, [String], String)? {
    let openers: [(String, [String], String)] = [
      ("(((", [")))"], "doublecircle"), ("((", ["))"], "circle"), ("([", ["])"], "stadium"),
      ("(-", ["-)"], "ellipse"), ("(", [")"], "round"), ("[[", ["]]"], "subroutine"),
      ("[(", [")]"], "cylinder"),
      ("[|", ["]"], "rect"), ("[/", ["/]", "\\]"], "lean_right"), ("[\\", ["\\]", "/]"], "lean_left"),
      ("[", ["]"], "square"), ("{{", ["}}"], "hexagon"), ("{", ["}"], "diamond"), (">", ["]"], "odd"),
    ]
    for (open, closes, name) in openers where cursor.has(open) {
      return (open.count, closes, name)
    }
    return nil
  }

  /// Trapezoids are named by their closing slash.
  func shapeName(_ opened: String, close: String) -> String {
    switch (opened, close) {
    case ("lean_right", "\\]"): "trapezoid"
    case ("lean_left", "/]"): "inv_trapezoid"
    default: opened
    }
  }

  /// `[|field:value|text]` props.
  mutating func vertexProps() throws -> [String: String] {
    let start = cursor.offset
    while let character = cursor.current, character != "|", character != "\n" { cursor.advance() }
    guard cursor.current == "|" else {
      throw cursor.error("node properties are not closed with '|'", at: start)
    }
    let text = cursor.text(from: start)
    cursor.advance()
    let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
    return parts.count == 2 ? [parts[0]: parts[1]] : [:]
  }

  /// A node's text up to (not including) one of `closing`: a quoted string or plain text without
  /// brackets or quotes, as mermaid's text rules allow.
  mutating func shapeText(closing: [String]) throws -> FlowLabel {
    let start = cursor.offset
    cursor.skipSpaces()
    if cursor.current == "\"" {
      let label = try quotedLabel()
      cursor.skipSpaces()
      guard closing.contains(where: { cursor.has($0) }) else {
        throw cursor.error("a quoted node text must be followed by '\(closing[0])'")
      }
      return label
    }
    cursor.offset = start
    while !cursor.isAtEnd {
      if closing.contains(where: { cursor.has($0) }) { break }
      let character = cursor.current!
      if character == "\n" { throw cursor.error("the node text is not closed on its line", at: start) }
      if "[](){}\"".contains(character) {
        throw cursor.error("unexpected '\(character)' in node text; put the text in quotes")
      }
      cursor.advance()
    }
    guard !cursor.isAtEnd else { throw cursor.error("the node text is not closed", at: start) }
    return FlowLabel(cursor.text(from: start), type: .text)
  }
}
