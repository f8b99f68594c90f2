import MarkupSafety

/// What one pass over a page body's HTML finds: its visible text (outside code), its `h2`/`h3` headings
/// with their ids, and the targets of its links. The body is our own HTML (tags well formed, attributes
/// double-quoted), so a small byte scanner suffices.
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
    var bytes = Array(html.utf8)
    bytes.append(0)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count / 2)
    var headingText: [UInt8] = []
    var heading: (level: Int, id: String)?
    var skipDepth = 0
    var inAnchorIcon = false
    var index = 0
    let end = bytes.count - 1
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        guard let close = bytes[index..<end].firstIndex(of: UInt8(ascii: ">")) else { break }
        let tag = bytes[(index + 1)..<close]
        let isEnd = tag.first == UInt8(ascii: "/")
        let nameStart = isEnd ? tag.startIndex + 1 : tag.startIndex
        let name = String(decoding: tag[nameStart...].prefix { Self.isNameByte($0) }, as: UTF8.self)
        if Self.skipped.contains(name) {
          skipDepth = max(0, skipDepth + (isEnd ? -1 : 1))
        } else if name == "a" {
          if isEnd {
            inAnchorIcon = false
          } else {
            if let href = Self.attribute("href", in: tag) { links.append(href) }
            if Self.contains(tag, "class=\"anchor\"") { inAnchorIcon = true }
          }
        } else if name == "h2" || name == "h3" {
          if !isEnd, let id = Self.attribute("id", in: tag) {
            heading = (name == "h2" ? 2 : 3, id)
            headingText.removeAll(keepingCapacity: true)
          } else if isEnd, let open = heading {
            let words = String(decoding: headingText, as: UTF8.self).split(whereSeparator: \.isWhitespace)
            headings.append(Heading(level: open.level, id: open.id, text: words.joined(separator: " ")))
            heading = nil
          }
        }
        text.append(UInt8(ascii: " "))
        index = close + 1
        continue
      }
      if byte == UInt8(ascii: "&"),
        let semicolon = bytes[index..<min(end, index + 10)].firstIndex(of: UInt8(ascii: ";")),
        let entity = Self.entity(String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self))
      {
        if skipDepth == 0 { text.append(contentsOf: entity.utf8) }
        if heading != nil && !inAnchorIcon { headingText.append(contentsOf: entity.utf8) }
        index = semicolon + 1
        continue
      }
      if skipDepth == 0 { text.append(byte) }
      if heading != nil && !inAnchorIcon { headingText.append(byte) }
      index += 1
    }
    self.text = String(decoding: text, as: UTF8.self)
  }

  private static let skipped: Set<String> = ["code", "pre", "script", "style"]

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
  }

  private static func contains(_ tag: ArraySlice<UInt8>, _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard tag.count >= pattern.count else { return false }
    var start = tag.startIndex
    while start + pattern.count <= tag.endIndex {
      if tag[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
      start += 1
    }
    return false
  }

  /// The value of ` name="..."` in a start tag we wrote (always double-quoted, escaped).
  static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
    let pattern = Array(" \(name)=\"".utf8)
    var start = tag.startIndex
    while start + pattern.count <= tag.endIndex {
      if tag[start..<(start + pattern.count)].elementsEqual(pattern) {
        let valueStart = start + pattern.count
        guard let close = tag[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return HTMLEscaping.unescape(String(decoding: tag[valueStart..<close], as: UTF8.self))
      }
      start += 1
    }
    return nil
  }

  private static func entity(_ name: String) -> String? {
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
