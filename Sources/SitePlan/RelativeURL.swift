/// Relative links between pages of the site, so it works from `file://` and zipped.
public enum RelativeURL {
  /// The link from the page at `from` to the page at `to` (both site-relative, `/`-separated).
  public static func link(from: String, to: String) -> String {
    let fromFolders = from.split(separator: "/").dropLast()
    let toParts = to.split(separator: "/")
    var common = 0
    while common < fromFolders.count && common < toParts.count - 1 && fromFolders[common] == toParts[common] {
      common += 1
    }
    let ups = Array(repeating: "..", count: fromFolders.count - common)
    let rest = toParts[common...].map(String.init)
    let joined = (ups + rest).joined(separator: "/")
    return joined.isEmpty ? "index.html" : joined
  }

  /// The path of the site root as seen from `page` (`../../` or `""`).
  public static func root(from page: String) -> String {
    String(repeating: "../", count: page.split(separator: "/").count - 1)
  }

  /// A relative link written on the page at `page`, resolved to a site path and its anchor (nil when
  /// it has none); `#x` alone stays on the page.
  public static func resolve(_ href: String, from page: String) -> (path: String, anchor: String?) {
    var path = href
    var anchor: String?
    if let hash = href.firstIndex(of: "#") {
      path = String(href[..<hash])
      anchor = String(href[href.index(after: hash)...])
    }
    if path.isEmpty { return (page, anchor) }
    var parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
    for part in path.split(separator: "/", omittingEmptySubsequences: false) {
      switch part {
      case "..": if !parts.isEmpty { parts.removeLast() }
      case ".", "": continue
      default: parts.append(String(part))
      }
    }
    return (parts.joined(separator: "/"), anchor)
  }
}
