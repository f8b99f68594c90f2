/// Compiles mustache source into a `CompiledTemplate`, reading it as the mustache library's parser
/// does, standalone lines and all: a line holding only a section tag, a closing tag, a comment or a
/// partial is left out with its newline. Gives nil for what it does not match exactly (transforms, set
/// delimiters, inheritance, pragmas, indented partials, carriage returns, unusual names), so that such a
/// theme is rendered by the library instead.
struct TemplateCompiler {
  private let characters: [Character]
  private var position = 0

  private struct Unsupported: Error {}

  static func compile(_ source: String) -> CompiledTemplate? {
    // Other line ends are where the library's reading of lines is hardest to match.
    guard
      !source.unicodeScalars.contains(where: {
        $0.properties.isWhitespace && $0 != " " && $0 != "\t" && $0 != "\n"
      })
    else { return nil }
    var compiler = TemplateCompiler(characters: Array(source))
    guard let nodes = try? compiler.parse(section: nil, newLine: true) else { return nil }
    return CompiledTemplate(nodes: nodes)
  }

  private init(characters: [Character]) {
    self.characters = characters
  }

  private var atEnd: Bool { position == characters.count }
  private var current: Character { atEnd ? "\0" : characters[position] }

  private mutating func parse(section: String?, newLine startsLine: Bool) throws -> [CompiledTemplate.Node] {
    var nodes: [CompiledTemplate.Node] = []
    var newLine = startsLine
    var whitespace = ""
    while !atEnd {
      if newLine { whitespace = read { $0 == " " || $0 == "\t" } }
      let text = readText()
      if current == "\n" {
        nodes.append(.text(whitespace + text + "\n"))
        newLine = true
        position += 1
        continue
      }
      if !text.isEmpty {
        nodes.append(.text(whitespace + text))
        whitespace = ""
        newLine = false
      }
      if atEnd { break }
      func flush() {
        if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
        whitespace = ""
      }
      var endsLine = false
      switch current {
      case "#", "^":
        let inverted = current == "^"
        position += 1
        let name = try readName()
        if newLine && finishesLine() { endsLine = true } else { flush() }
        let body = try parse(section: name, newLine: endsLine)
        nodes.append(.section(path: try path(name), inverted: inverted, body: body))
      case "/":
        position += 1
        guard try readName() == section else { throw Unsupported() }
        if !(newLine && finishesLine()) { flush() }
        return nodes
      case "!":
        try skipComment()
        endsLine = newLine && finishesLine()
      case "{", "&":
        let triple = current == "{"
        flush()
        position += 1
        let name = try readName()
        if triple {
          guard current == "}" else { throw Unsupported() }
          position += 1
        }
        nodes.append(.value(path: try path(name), escaped: false))
      case ">":
        position += 1
        _ = read { $0.isWhitespace }
        let name = try readName(partial: true)
        // An indented partial indents its every line: not matched here.
        guard whitespace.isEmpty else { throw Unsupported() }
        endsLine = newLine && finishesLine()
        nodes.append(.partial(name))
      case "<", "$", "=", "%":
        throw Unsupported()
      default:
        flush()
        nodes.append(.value(path: try path(try readName()), escaped: true))
      }
      newLine = endsLine
    }
    guard section == nil else { throw Unsupported() }
    return nodes
  }

  private mutating func read(while accepts: (Character) -> Bool) -> String {
    let start = position
    while !atEnd && accepts(characters[position]) { position += 1 }
    return String(characters[start..<position])
  }

  /// Text up to the next `{{` (consumed) or newline (not consumed), or the end.
  private mutating func readText() -> String {
    var text = ""
    while !atEnd {
      text += read { $0 != "\n" && $0 != "{" }
      if atEnd || current == "\n" { break }
      if position + 1 < characters.count && characters[position + 1] == "{" {
        position += 2
        break
      }
      text.append("{")
      position += 1
    }
    return text
  }

  private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_")

  /// A name and the closing `}}`. Names with transforms, `?`, `*` or `/` (partials) are not matched.
  private mutating func readName(partial: Bool = false) throws -> String {
    _ = read { $0.isWhitespace }
    let name = read { Self.nameCharacters.contains($0) || (partial && $0 == "/") }
    _ = read { $0.isWhitespace }
    guard !name.isEmpty, current == "}", position + 1 < characters.count, characters[position + 1] == "}"
    else { throw Unsupported() }
    position += 2
    return name
  }

  /// The name's parts; only `.` itself and plain dotted names are matched.
  private func path(_ name: String) throws -> [String] {
    if name == "." { return ["."] }
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    guard !parts.contains(where: \.isEmpty) else { throw Unsupported() }
    return parts.map(String.init)
  }

  private mutating func skipComment() throws {
    while !atEnd {
      if current == "}" && position + 1 < characters.count && characters[position + 1] == "}" {
        position += 2
        return
      }
      position += 1
    }
    throw Unsupported()
  }

  /// Whether the rest of the line is blank; if so, it is consumed with its newline.
  private mutating func finishesLine() -> Bool {
    if atEnd { return true }
    var probe = position
    while probe < characters.count && (characters[probe] == " " || characters[probe] == "\t") { probe += 1 }
    guard probe < characters.count, characters[probe] == "\n" else { return false }
    position = probe + 1
    return true
  }
}
