/// A relative link resolved against the page it is on: the site path and the anchor.
struct CrossTarget: Equatable {
  var path: String
  var anchor: String?

  static func resolve(_ href: String, from pagePath: String) -> CrossTarget {
    var path = href
    var anchor: String?
    if let hash = href.firstIndex(of: "#") {
      path = String(href[..<hash])
      anchor = String(href[href.index(after: hash)...])
    }
    if path.isEmpty { return CrossTarget(path: pagePath, anchor: anchor) }
    var parts = pagePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
    for part in path.split(separator: "/", omittingEmptySubsequences: false) {
      switch part {
      case "..": if !parts.isEmpty { parts.removeLast() }
      case ".", "": continue
      default: parts.append(String(part))
      }
    }
    return CrossTarget(path: parts.joined(separator: "/"), anchor: anchor)
  }
}
