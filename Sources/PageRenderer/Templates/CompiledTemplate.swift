/// A theme template compiled from mustache source for the tags themes use (variables, sections,
/// inverted sections, partials, comments), rendered over `TemplateValue`s into one string. It renders
/// exactly what the mustache library renders for the same template and values: `TemplateCompiler` only
/// compiles what it can match, and a theme with any other tag is rendered by the library.
struct CompiledTemplate: Sendable {
  indirect enum Node: Sendable {
    case text(String)
    /// A name looked up through the open sections (`["."]` is the innermost value itself).
    case value(path: [String], escaped: Bool)
    case section(path: [String], inverted: Bool, body: [Node])
    case partial(String)
  }

  let nodes: [Node]

  /// Renders `template` of `library` over `root`.
  static func render(_ template: String, in library: [String: CompiledTemplate], root: TemplateValue)
    -> String
  {
    var output = ""
    var stack = [root]
    library[template]?.render(into: &output, stack: &stack, library: library)
    return output
  }

  func render(into output: inout String, stack: inout [TemplateValue], library: [String: CompiledTemplate]) {
    Self.render(nodes, into: &output, stack: &stack, library: library)
  }

  private static func render(
    _ nodes: [Node], into output: inout String, stack: inout [TemplateValue],
    library: [String: CompiledTemplate]
  ) {
    for node in nodes {
      switch node {
      case .text(let text):
        output += text
      case .value(let path, let escaped):
        guard let value = lookUp(path, in: stack) else { continue }
        let text = describe(value)
        output += escaped ? escape(text) : text
      case .section(let path, let inverted, let body):
        section(lookUp(path, in: stack), inverted: inverted) { pushed in
          if let pushed { stack.append(pushed) }
          render(body, into: &output, stack: &stack, library: library)
          if pushed != nil { stack.removeLast() }
        }
      case .partial(let name):
        library[name]?.render(into: &output, stack: &stack, library: library)
      }
    }
  }

  /// Calls `body` once for each time the section's content is rendered, with the value it adds to the
  /// stack (none for flags): the mustache library's rules, where an empty text still counts as present.
  private static func section(_ value: TemplateValue?, inverted: Bool, _ body: (TemplateValue?) -> Void) {
    switch value {
    case .list(let items):
      if inverted {
        if items.isEmpty { body(.list(items)) }
      } else {
        for item in items { body(item) }
      }
    case .flag(let flag):
      if flag != inverted { body(nil) }
    case .text, .record:
      if !inverted { body(value) }
    case nil:
      if inverted { body(nil) }
    }
  }

  /// The first name through the stack, innermost first, the rest within what it found.
  private static func lookUp(_ path: [String], in stack: [TemplateValue]) -> TemplateValue? {
    if path == ["."] { return stack.last }
    for object in stack.reversed() {
      guard case .record(let fields) = object, var found = fields[path[0]] else { continue }
      for name in path.dropFirst() {
        guard case .record(let inner) = found, let next = inner[name] else { return nil }
        found = next
      }
      return found
    }
    return nil
  }

  private static func describe(_ value: TemplateValue) -> String {
    switch value {
    case .text(let text): text
    case .flag(let flag): flag ? "true" : "false"
    case .list, .record: String(describing: value.anyValue)
    }
  }

  /// The library's HTML escaping, character by character, taken only when one of its five bytes occurs.
  static func escape(_ text: String) -> String {
    let special = text.utf8.contains { byte in
      byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
        || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
    guard special else { return text }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 16)
    for character in text {
      switch character {
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "&": escaped += "&amp;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
