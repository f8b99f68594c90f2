import Foundation
import MarkupSafety

/// Raw HTML from markdown passes only as a small allow-list of bare formatting tags; everything else,
/// attributes included, is shown as escaped text.
enum RawHTMLFilter {
  static let allowedTags: Set<String> = [
    "br", "sub", "sup", "kbd", "b", "i", "em", "strong", "code", "details", "summary",
  ]

  /// The HTML as markup: what is not an allowed tag is text (outside an allowed `<code>`, the page's).
  static func filter(_ html: String) -> Markup {
    var codeDepth = 0
    return filter(html, codeDepth: &codeDepth)
  }

  /// `codeDepth` counts the allowed `<code>` tags open, across the pieces of one paragraph.
  static func filter(_ html: String, codeDepth: inout Int) -> Markup {
    var result = Markup()
    func text(_ value: Substring, inCode: Bool) {
      guard !value.isEmpty else { return }
      result += inCode ? .raw(HTMLEscaping.text(String(value))) : .text(String(value))
    }
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      text(rest[..<open], inCode: codeDepth > 0)
      guard let close = rest[open...].firstIndex(of: ">") else {
        rest = rest[open...]
        break
      }
      let tag = rest[open...close]
      if let allowed = allowedTag(String(tag)) {
        result += .raw(allowed)
        if allowed == "<code>" { codeDepth += 1 }
        if allowed == "</code>" { codeDepth = max(0, codeDepth - 1) }
      } else {
        text(tag, inCode: codeDepth > 0)
      }
      rest = rest[rest.index(after: close)...]
    }
    text(rest, inCode: codeDepth > 0)
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
    var name = inner.trimmingSpaces().lowercased()
    if name.hasSuffix("/") { name = String(name.dropLast()).trimmingSpaces() }
    guard allowedTags.contains(name) else { return nil }
    if name == "br" { return "<br>" }
    return closing ? "</\(name)>" : "<\(name)>"
  }
}
