/// What one pass over a page body's HTML finds: its visible text (outside code), its `h2`/`h3` headings
/// with their ids, and the targets of its links. The body is our own HTML, so a small scanner suffices.
struct BodyScan {
  struct Heading: Equatable {
    var level: Int
    var id: String
    var text: String
  }

  /// Visible text outside `code`, `pre`, `script` and `style`, entities decoded, tags as spaces.
  private(set) var text = ""
  private(set) var headings: [Heading] = []
  /// Every `href` value, as written.
  private(set) var links: [String] = []

  init(_ html: String) {
    var skipDepth = 0
    var heading: (level: Int, id: String, start: String.Index)?
    var headingText = ""
    var inAnchorIcon = false
    var index = html.startIndex
    while index < html.endIndex {
      let character = html[index]
      if character == "<" {
        guard let close = html[index...].firstIndex(of: ">") else { break }
        let tag = html[html.index(after: index)..<close]
        let isEnd = tag.hasPrefix("/")
        let name = Self.tagName(isEnd ? tag.dropFirst() : tag[...])
        if Self.skipped.contains(name) {
          skipDepth = max(0, skipDepth + (isEnd ? -1 : 1))
        } else if !isEnd, name == "a" {
          if let href = Self.attribute("href", in: tag) { links.append(href) }
          if tag.contains("class=\"anchor\"") { inAnchorIcon = true }
        } else if isEnd, name == "a" {
          inAnchorIcon = false
        } else if name == "h2" || name == "h3" {
          if !isEnd, let id = Self.attribute("id", in: tag) {
            heading = (name == "h2" ? 2 : 3, id, close)
            headingText = ""
          } else if isEnd, let open = heading {
            let trimmed = headingText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            headings.append(Heading(level: open.level, id: open.id, text: trimmed))
            heading = nil
          }
        }
        text.append(" ")
        index = html.index(after: close)
        continue
      }
      if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";") {
        let decoded = Self.entity(html[html.index(after: index)..<semicolon])
        if let decoded {
          if skipDepth == 0 { text.append(decoded) }
          if heading != nil && !inAnchorIcon { headingText.append(decoded) }
          index = html.index(after: semicolon)
          continue
        }
      }
      if skipDepth == 0 { text.append(character) }
      if heading != nil && !inAnchorIcon { headingText.append(character) }
      index = html.index(after: index)
    }
  }

  private static let skipped: Set<Substring> = ["code", "pre", "script", "style"]

  private static func tagName(_ tag: Substring) -> Substring {
    tag.prefix { $0.isLetter || $0.isNumber }
  }

  /// The value of `name="..."` in a start tag we wrote (always double-quoted, escaped).
  static func attribute(_ name: String, in tag: Substring) -> String? {
    guard let range = tag.range(of: " \(name)=\"") else { return nil }
    let rest = tag[range.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return HTMLEscaping.unescape(String(rest[..<end]))
  }

  private static func entity(_ name: Substring) -> String? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "#39", "#x27", "apos": return "'"
    case "#96": return "`"
    case "nbsp": return " "
    default:
      if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        return String(Character(scalar))
      }
      if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
        return String(Character(scalar))
      }
      return nil
    }
  }
}
