extension ClassParser {
  /// A class name as the grammar builds it: words, numbers and `-` run together (spaces between them
  /// dropped by the lexer), `.` joining parts, a back-quoted name last, and an optional `~generic~`.
  mutating func className() throws -> String {
    var name = ""
    while true {
      if peek.kind == "BQUOTE_STR" {
        name += advance().text
        if peek.kind == "GENERICTYPE" { name += "~" + advance().text + "~" }
        return name
      }
      guard Self.nameKinds.contains(peek.kind) else { throw unexpected(expecting: ["ALPHA"]) }
      name += advance().text
      switch peek.kind {
      case "DOT":
        advance()
        name += "."
      case "BQUOTE_STR": continue
      case _ where Self.nameKinds.contains(peek.kind): continue
      case "GENERICTYPE": return name + "~" + advance().text + "~"
      default: return name
      }
    }
  }

  /// A namespace's name: a class name without a generic part.
  mutating func namespaceName() throws -> String {
    var name = ""
    while true {
      if peek.kind == "BQUOTE_STR" { return name + advance().text }
      guard Self.nameKinds.contains(peek.kind) else { throw unexpected(expecting: ["ALPHA"]) }
      name += advance().text
      if peek.kind == "DOT" {
        advance()
        name += "."
      } else if peek.kind != "BQUOTE_STR" && !Self.nameKinds.contains(peek.kind) {
        return name
      }
    }
  }

  /// One word, number or `-`.
  mutating func alphaNumeric() throws -> String {
    guard Self.nameKinds.contains(peek.kind) else { throw unexpected(expecting: ["ALPHA"]) }
    return advance().text
  }

  /// Comma-separated styles, each its tokens run together. A `:` starts a label token that runs to
  /// the next `:`, so `fill:#f9f,stroke:#333` is one style here, split later.
  mutating func styles() throws -> [String] {
    let parts: Set<String> = ["ALPHA", "NUM", "COLON", "SPACE", "BRKT", "STYLE", "PCT", "LABEL"]
    var found: [String] = []
    repeat {
      if !found.isEmpty { advance() }
      guard parts.contains(peek.kind) else { throw unexpected(expecting: ["ALPHA"]) }
      var style = ""
      while parts.contains(peek.kind) { style += advance().text }
      found.append(style)
    } while peek.kind == "COMMA"
    return found
  }

  /// `callback`, `link` and `click`: a function to call or a link, then an optional tooltip and
  /// link target.
  mutating func clickStatement() throws {
    let keyword = advance()
    let name = try className()
    switch keyword.kind {
    case "CALLBACK":
      try expect("STR")
      let tooltip = peek.kind == "STR" ? advance().text : nil
      try setCallback(name, tooltip: tooltip, at: keyword)
    case "LINK":
      try linkTail(name, url: try expect("STR").text, at: keyword)
    default:
      if peek.kind == "HREF" {
        advance()
        try linkTail(name, url: try expect("STR").text, at: keyword)
        return
      }
      try expect("CALLBACK_NAME")
      if peek.kind == "CALLBACK_ARGS" { advance() }
      let tooltip = peek.kind == "STR" ? advance().text : nil
      try setCallback(name, tooltip: tooltip, at: keyword)
    }
  }

  /// After a link's URL: an optional tooltip, then an optional target.
  private mutating func linkTail(_ name: String, url: String, at keyword: LexToken) throws {
    let tooltip = peek.kind == "STR" ? advance().text : nil
    let target = peek.kind == "LINK_TARGET" ? advance().text : nil
    setLink(name, url: url, target: target)
    if let tooltip { try setTooltip(name, tooltip, at: keyword) }
  }
}
