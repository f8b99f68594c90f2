import Foundation
import MarkupSafety
import Testing

@testable import PageRenderer

/// Walks the built sample site as a reader would click through it: every internal link and anchor must
/// land, and nothing the page loads may come from outside the site.
@Suite struct SiteLinkTests {
  let site = SampleSite.shared

  /// `name="value"` pairs of every tag, with the tag's name.
  static func attributes(of html: String) -> [(tag: String, name: String, value: String, whole: String)] {
    let pattern = try! NSRegularExpression(pattern: #"<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>"#)
    let attribute = try! NSRegularExpression(pattern: #"\s(href|src)="([^"]*)""#)
    var found: [(String, String, String, String)] = []
    let text = html as NSString
    for match in pattern.matches(in: html, range: NSRange(location: 0, length: text.length)) {
      let tag = text.substring(with: match.range(at: 1)).lowercased()
      let whole = text.substring(with: match.range)
      let wholeText = whole as NSString
      for pair in attribute.matches(in: whole, range: NSRange(location: 0, length: wholeText.length)) {
        found.append(
          (
            tag, wholeText.substring(with: pair.range(at: 1)),
            HTMLEscaping.unescape(wholeText.substring(with: pair.range(at: 2))), whole
          ))
      }
    }
    return found
  }

  @Test func everyInternalLinkAndAnchorLands() {
    var checked = 0
    for (path, html) in site.files where path.hasSuffix(".html") || path.hasSuffix(".svg") {
      for (tag, _, value, _) in Self.attributes(of: html) {
        if value.hasPrefix("http://") || value.hasPrefix("https://") || value.hasPrefix("mailto:") {
          continue
        }
        if tag == "use" { continue }
        let (target, anchor) = resolve(value, from: path)
        guard let page = site.files[target] else {
          Issue.record("\(path): \(value) leads to no file (\(target))")
          continue
        }
        if let anchor, !anchor.isEmpty {
          #expect(
            page.contains("id=\"\(HTMLEscaping.attribute(anchor))\""), "\(path): \(value) has no anchor")
        }
        checked += 1
      }
    }
    #expect(checked > 2_000)
  }

  @Test func theNavigationAndSearchScriptsNameOnlyPagesOfTheSite() throws {
    for script in site.files.keys where script.hasSuffix("nav.js") || script.hasPrefix("search/d") {
      let text = site.files[script]!
      let key = script.hasPrefix("search/d") ? #"^\["(?:[^"\\]|\\.)*","([^"]+)"\]"# : #""u":"([^"]+)""#
      let regex = try NSRegularExpression(pattern: key, options: .anchorsMatchLines)
      let matches = regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
      #expect(!matches.isEmpty, "\(script)")
      for match in matches {
        let value = (text as NSString).substring(with: match.range(at: 1))
        let parts = value.split(separator: "#", maxSplits: 1).map(String.init)
        let page = try #require(site.files[parts[0]], "\(script): \(value)")
        if parts.count > 1 { #expect(page.contains("id=\"\(parts[1])\""), "\(script): \(value)") }
      }
    }
  }

  @Test func nothingIsLoadedFromOutsideTheSite() {
    for (path, html) in site.files where path.hasSuffix(".html") || path.hasSuffix(".svg") {
      for (tag, name, value, whole) in Self.attributes(of: html) {
        let isAsset = name == "src" || (tag == "link" && !whole.contains("rel=\"canonical\""))
        guard isAsset else { continue }
        let lower = value.lowercased()
        #expect(
          !lower.hasPrefix("http:") && !lower.hasPrefix("https:") && !lower.hasPrefix("//"),
          "\(path) loads \(value)")
      }
    }
    let css = site.files["assets/style.css"] ?? ""
    #expect(!css.contains("http://") && !css.contains("https://") && !css.contains("@import"))
  }

  /// A link on the page at `from` as a site path and its anchor; `#x` alone stays on the page.
  private func resolve(_ href: String, from: String) -> (String, String?) {
    if href.hasPrefix("#") { return (from, String(href.dropFirst())) }
    let targets = CrossReferences.targets(of: href, from: from)
    let anchor = href.firstIndex(of: "#").map { String(href[href.index(after: $0)...]) }
    return (targets.first ?? href, anchor)
  }
}
