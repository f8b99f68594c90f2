extension FlowchartParser {
  private static let arrowPrefixes: Set<Character> = ["x", "o", "<"]

  /// Reads a link at the cursor (spaces already skipped): a whole arrow with an optional `|label|`, or a
  /// labelled arrow (`-- label -->`). Returns nil, cursor unmoved, when no link starts here.
  mutating func parseLink() throws -> (LinkToken, FlowLabel?)? {
    let start = cursor.offset
    if let end = fullArrow(at: start, dash: "-") ?? fullArrow(at: start, dash: "=") ?? dottedArrow(at: start)
      ?? invisibleArrow(at: start)
    {
      let token = LinkToken.end(cursor.text(from: start, to: end))
      cursor.offset = end
      cursor.skipSpaces()
      var label: FlowLabel?
      if cursor.current == "|" {
        cursor.advance()
        label = try pipeText()
        cursor.skipSpaces()
      }
      return (token, label)
    }
    for (opener, kind) in [("--", "-"), ("==", "="), ("-.", ".")] {
      var index = start
      if let first = cursor.peek(), Self.arrowPrefixes.contains(first), cursor.has(opener, at: start + 1) {
        index += 1
      }
      guard cursor.has(opener, at: index) else { continue }
      let openerEnd = index + opener.count
      return try labelledLink(start: start, textStart: openerEnd, kind: kind)
    }
    return nil
  }

  /// `-- label -->`: the label runs to the first complete arrow of the same kind.
  private mutating func labelledLink(start: Int, textStart: Int, kind: String) throws -> (
    LinkToken, FlowLabel?
  ) {
    var index = textStart
    while index < cursor.characters.count {
      let character = cursor.characters[index]
      if character == "\n" { break }
      var probe = index
      while probe < cursor.characters.count,
        cursor.characters[probe] == " " || cursor.characters[probe] == "\t"
      {
        probe += 1
      }
      let end: Int? =
        switch kind {
        case "-": fullArrow(at: probe, dash: "-")
        case "=": fullArrow(at: probe, dash: "=")
        default: dottedArrow(at: probe)
        }
      if let end {
        let startText = cursor.text(from: start, to: textStart)
        let label = cursor.text(from: textStart, to: index)
        let endText = cursor.text(from: probe, to: end)
        guard let token = LinkToken.labelled(start: startText, end: endText) else {
          throw cursor.error("the arrow '\(startText)…\(endText)' mixes two kinds of line", at: start)
        }
        cursor.offset = end
        cursor.skipSpaces()
        return (token, Self.label(label))
      }
      index += 1
    }
    throw cursor.error("the link label started here is not closed by an arrow", at: start)
  }

  /// `[xo<]?--+[-xo>]` (dash `-`) or `[xo<]?==+[=xo>]` (dash `=`): the end offset of the arrow.
  func fullArrow(at start: Int, dash: Character) -> Int? {
    let characters = cursor.characters
    var index = start
    if index < characters.count, Self.arrowPrefixes.contains(characters[index]) { index += 1 }
    var count = 0
    while index + count < characters.count, characters[index + count] == dash { count += 1 }
    guard count >= 2 else { return nil }
    let after = index + count
    if after < characters.count, ["x", "o", ">"].contains(characters[after]) { return after + 1 }
    return count >= 3 ? after : nil
  }

  /// `[xo<]?-?\.+-[xo>]?`: dotted arrows.
  func dottedArrow(at start: Int) -> Int? {
    let characters = cursor.characters
    var index = start
    if index < characters.count, Self.arrowPrefixes.contains(characters[index]) { index += 1 }
    if index < characters.count, characters[index] == "-" { index += 1 }
    var dots = 0
    while index < characters.count, characters[index] == "." {
      dots += 1
      index += 1
    }
    guard dots > 0, index < characters.count, characters[index] == "-" else { return nil }
    index += 1
    if index < characters.count, ["x", "o", ">"].contains(characters[index]) { index += 1 }
    return index
  }

  /// `~~~+`: an invisible link.
  func invisibleArrow(at start: Int) -> Int? {
    var index = start
    while index < cursor.characters.count, cursor.characters[index] == "~" { index += 1 }
    return index - start >= 3 ? index : nil
  }

  /// The text between `|` and `|` of an edge label; the cursor stands after the first pipe.
  mutating func pipeText() throws -> FlowLabel {
    let start = cursor.offset
    cursor.skipSpaces()
    if cursor.current == "\"" {
      let label = try quotedLabel()
      cursor.skipSpaces()
      guard cursor.current == "|" else { throw cursor.error("expected '|' after the quoted edge label") }
      cursor.advance()
      return label
    }
    while let character = cursor.current, character != "|", character != "\n" {
      if character == "\"" { throw cursor.error("an edge label cannot mix text and a quoted string") }
      cursor.advance()
    }
    guard cursor.current == "|" else {
      throw cursor.error("the edge label is not closed with '|'", at: start)
    }
    let text = cursor.text(from: start)
    cursor.advance()
    return FlowLabel(text, type: .text)
  }

  /// A `"string"` or "`markdown`" label at the cursor.
  mutating func quotedLabel() throws -> FlowLabel {
    let start = cursor.offset
    cursor.advance()
    let contentStart = cursor.offset
    while let character = cursor.current, character != "\"" { cursor.advance() }
    guard cursor.current == "\"" else { throw cursor.error("unterminated string", at: start) }
    let content = cursor.text(from: contentStart)
    cursor.advance()
    if content.count >= 2 && content.hasPrefix("`") && content.hasSuffix("`") {
      return FlowLabel(String(content.dropFirst().dropLast()), type: .markdown)
    }
    return FlowLabel(content, type: .string)
  }
}
