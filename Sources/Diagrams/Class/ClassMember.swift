/// An attribute or method of a class, read from its line as mermaid's `ClassMember` reads it:
/// visibility (`+ - # ~`), name, a method's parameters and return type, and the classifier after it
/// (`$` static, `*` abstract).
public struct ClassMember: Hashable, Sendable {
  public var isMethod: Bool
  public var visibility: String = ""
  public var name: String = ""
  public var parameters: String = ""
  public var returnType: String = ""
  public var classifier: String = ""

  public init(
    isMethod: Bool, visibility: String, name: String, parameters: String = "", returnType: String = "",
    classifier: String = ""
  ) {
    self.isMethod = isMethod
    self.visibility = visibility
    self.name = name
    self.parameters = parameters
    self.returnType = returnType
    self.classifier = classifier
  }

  /// The line as drawn: `+getItem(id) : List<T>`, generics written `~T~` shown as `<T>`.
  public var displayText: String {
    var text = visibility + Self.genericTypes(name)
    if isMethod {
      text += "(" + Self.genericTypes(parameters) + ")"
      if !returnType.isEmpty { text += " : " + Self.genericTypes(returnType) }
    }
    return text.trimmingCharacters(in: .whitespaces)
  }

  /// Mermaid's member `text`: the display text with the visibility escaped by `\` and `<`, `>` as
  /// entities (what its markdown labels receive).
  public var mermaidText: String {
    var text = (visibility.isEmpty ? "" : "\\" + visibility) + Self.genericTypes(name)
    if isMethod {
      text += "(" + Self.genericTypes(parameters) + ")"
      if !returnType.isEmpty { text += " : " + Self.genericTypes(returnType) }
    }
    text = text.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    if text.hasPrefix("\\&lt;") { text = "~" + text.dropFirst(5) }
    return text
  }

  /// Mermaid's `parseGenericTypes`: within each comma-separated part, pairs of `~` from the outside in
  /// become `<` and `>` (`List~List~int~~`); a part with one `~` is joined with the next that has one
  /// (`Map~K, V~`).
  public static func genericTypes(_ input: String) -> String {
    guard input.contains("~") else { return input }
    var parts: [String] = []
    var current = ""
    for character in input {
      if character == "," {
        parts.append(current)
        parts.append(",")
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    var output: [String] = []
    var index = 0
    while index < parts.count {
      var part = parts[index]
      if part == ",", index > 0, index + 1 < parts.count, tildes(parts[index - 1]) == 1,
        tildes(parts[index + 1]) == 1
      {
        part = parts[index - 1] + "," + parts[index + 1]
        index += 1
        output.removeLast()
      }
      output.append(pairingTildes(part))
      index += 1
    }
    return output.joined()
  }

  private static func tildes(_ text: String) -> Int { text.filter { $0 == "~" }.count }

  private static func pairingTildes(_ input: String) -> String {
    let count = tildes(input)
    guard count > 1 else { return input }
    var characters = Array(input)
    let keepsFirst = count % 2 != 0 && input.hasPrefix("~")
    if keepsFirst { characters.removeFirst() }
    while let first = characters.firstIndex(of: "~"), let last = characters.lastIndex(of: "~"), first != last
    {
      characters[first] = "<"
      characters[last] = ">"
    }
    return (keepsFirst ? "~" : "") + String(characters)
  }
}
