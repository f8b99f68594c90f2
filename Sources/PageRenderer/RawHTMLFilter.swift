import Foundation
import MarkupSafety

/// Raw HTML from markdown passes only as a small allow-list of bare formatting tags; everything else,
/// attributes included, is shown as escaped text.
enum RawHTMLFilter {
  static let allowedTags: Set<String> = [
    "br", "sub", "sup", "kbd", "b", "i", "em", "strong", "code", "details", "summary",
  ]

  static func filter(_ html: String) -> String {
    var result = ""
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      result += HTMLEscaping.text(String(rest[..<open]))
      guard let close = rest[open...].firstIndex(of: ">") else {
        rest = rest[open...]
        break
      }
      let tag = String(rest[open...close])
      result += allowedTag(tag) ?? HTMLEscaping.text(tag)
      rest = rest[rest.index(after: close)...]
    }
    result += HTMLEscaping.text(String(rest))
    return result
  }

  /// `<b>`, `</b>`, `<br/>`, `<br />` in any case, without attributes, rewritten canonically.
  private static func allowedTag(_ tag: String) -> String? {
    var inner = tag.dropFirst().dropLast()
    var closing = false
    if inner.hasPrefix("/") {
      closing = true
      inner = inner.dropFirst()
    }
    var name = inner.trimmingCharacters(in: .whitespaces).lowercased()
    if name.hasSuffix("/") { name = String(name.dropLast()).trimmingCharacters(in: .whitespaces) }
    guard allowedTags.contains(name) else { return nil }
    if name == "br" { return "<br>" }
    return closing ? "</\(name)>" : "<\(name)>"
  }
}
