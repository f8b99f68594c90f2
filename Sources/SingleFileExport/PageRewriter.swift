import Foundation
import MarkupSafety
import PageRenderer
import SitePlan

/// Rewrites one page's HTML for its section of the single file: ids get the section's prefix (outside
/// drawings, whose ids are unique already), links to pages become links to sections, links to the
/// site's other files are dropped (their text kept), images of `static/` become data URLs.
struct PageRewriter {
  let pagePath: String
  let sectionID: String
  /// Site paths of the pages, so a link can tell a page from another file.
  let pages: Set<String>
  /// Images the pages may show (`static/logo.svg`), as data URLs.
  let images: [String: String]

  /// `id` inside the section.
  func localID(_ id: String) -> String { sectionID + "--" + id }

  func rewrite(_ html: String) -> String {
    var result = ""
    result.reserveCapacity(html.utf8.count + html.utf8.count / 8)
    var svgDepth = 0
    // For each open `<a>`: what closes it (`</a>`, or the element standing in for a dropped link).
    var links: [String] = []
    var rest = html[...]
    while let open = rest.firstIndex(of: "<") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: ">") else {
        result += rest[open...]
        return result
      }
      let tag = String(rest[open...close])
      rest = rest[rest.index(after: close)...]
      let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "/" }.lowercased()
      if name == "svg" { svgDepth += 1 }
      if name == "/svg" { svgDepth = max(0, svgDepth - 1) }
      if name == "a" {
        if let href = Self.value("href", in: tag), !(svgDepth > 0 && href.hasPrefix("#")), link(href) == nil {
          links.append(svgDepth > 0 ? "</g>" : "</span>")
          result += svgDepth > 0 ? "<g>" : "<span class=\"single-dropped-link\">"
          continue
        }
        links.append("</a>")
      }
      if name == "/a" {
        result += links.popLast() ?? "</a>"
        continue
      }
      result += rewriteTag(tag, inDrawing: svgDepth > 0)
    }
    result += rest
    return result
  }

  private func rewriteTag(_ tag: String, inDrawing: Bool) -> String {
    var tag = tag
    if !inDrawing, let id = Self.value("id", in: tag) {
      tag = Self.replacing("id", in: tag, with: localID(id))
    }
    if let href = Self.value("href", in: tag), !(inDrawing && href.hasPrefix("#")), let target = link(href) {
      tag = Self.replacing("href", in: tag, with: target)
    }
    if let source = Self.value("src", in: tag) {
      // Sources of static/ files are percent-encoded (`a%20b.png`); the images are keyed by path.
      let resolved = RelativeURL.resolve(source, from: pagePath).path
      tag = Self.replacing("src", in: tag, with: images[resolved.removingPercentEncoding ?? resolved] ?? "")
    }
    return tag
  }

  /// Where a link goes in the single file, or nil when it leads to a file the single file lacks.
  func link(_ href: String) -> String? {
    let kind = URLSafety.classify(href)
    switch kind {
    case .external: return href
    case .refused: return nil
    case .fragment: return "#" + localID(String(href.dropFirst()))
    case .relative:
      let target = RelativeURL.resolve(href, from: pagePath)
      guard pages.contains(target.path) else { return nil }
      let section = SectionID.of(target.path)
      return "#" + (target.anchor.map { section + "--" + $0 } ?? section)
    }
  }

  /// The value of `name="..."` in a tag festdoc wrote.
  static func value(_ name: String, in tag: String) -> String? {
    guard let range = tag.range(of: " \(name)=\"") else { return nil }
    return HTMLEscaping.unescape(String(tag[range.upperBound...].prefix { $0 != "\"" }))
  }

  static func replacing(_ name: String, in tag: String, with value: String) -> String {
    guard let range = tag.range(of: " \(name)=\"") else { return tag }
    let end = tag[range.upperBound...].firstIndex(of: "\"") ?? tag.endIndex
    return String(tag[..<range.upperBound]) + HTMLEscaping.attribute(value) + String(tag[end...])
  }
}
