/// Text as mermaid's database keeps it after its sanitizer: stray `<` and `>` escaped, tags kept.
/// Used only for the mermaid-vocabulary JSON; rendering escapes text itself.
public enum MermaidText {
  public static func sanitize(_ text: String) -> String {
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "<", let close = text[index...].firstIndex(of: ">"), isTag(text[index...close]) {
        result += text[index...close]
        index = text.index(after: close)
        continue
      }
      switch character {
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default: result.append(character)
      }
      index = text.index(after: index)
    }
    return result
  }

  /// `<b>`, `</b>`, `<br/>`, `<a href="x">`: a letter right after `<` (or `</`).
  private static func isTag(_ candidate: Substring) -> Bool {
    var rest = candidate.dropFirst()
    if rest.first == "/" { rest = rest.dropFirst() }
    return rest.first?.isLetter == true
  }

  /// What mermaid's class database keeps of a text: its sanitizer returns a text without `<` as it is,
  /// and only parses and re-serialises one with `<` (which escapes a stray `>` too).
  public static func sanitizeIfMarkedUp(_ text: String) -> String {
    text.contains("<") ? sanitize(text) : text
  }

  /// JavaScript's `text.replace(target, replacement)` with a string target: the first occurrence only,
  /// as mermaid's databases rewrite `fill` in a `classDef` that names a colour.
  static func replacingFirst(_ target: String, with replacement: String, in text: String) -> String {
    guard let range = text.range(of: target) else { return text }
    return text.replacingCharacters(in: range, with: replacement)
  }
}
