/// Relative links between pages of the site, so it works from `file://` and zipped.
public enum RelativeURL {
  /// The link from the page at `from` to the page at `to` (both site-relative, `/`-separated).
  /// Worked out on bytes: every page links to hundreds of others, so this runs millions of times.
  public static func link(from: String, to: String) -> String {
    let slash = UInt8(ascii: "/")
    let source = Array(from.utf8)
    var target = Array(to.utf8)
    while target.last == slash { target.removeLast() }
    let sourceFolderEnd = source.lastIndex(of: slash) ?? -1
    let targetFolderEnd = target.lastIndex(of: slash) ?? -1
    // The folders both paths share end at the last `/` they agree on.
    var shared = -1
    var index = 0
    while index <= min(sourceFolderEnd, targetFolderEnd) && source[index] == target[index] {
      if source[index] == slash { shared = index }
      index += 1
    }
    var ups = 0
    if sourceFolderEnd > shared {
      for position in (shared + 1)...sourceFolderEnd where source[position] == slash { ups += 1 }
    }
    let link = String(repeating: "../", count: ups) + String(decoding: target[(shared + 1)...], as: UTF8.self)
    if link.isEmpty { return "index.html" }
    return link.hasSuffix("/") ? String(link.dropLast()) : link
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
    // On bytes, like `link`: every link of every page is resolved to find what refers to what.
    let slash = UInt8(ascii: "/")
    let dot = UInt8(ascii: ".")
    let pageBytes = Array(page.utf8)
    var resolved = Array(pageBytes[..<(pageBytes.lastIndex(of: slash) ?? 0)])
    for part in path.utf8.split(separator: slash, omittingEmptySubsequences: false) {
      if part.isEmpty || (part.count == 1 && part.first == dot) { continue }
      if part.count == 2 && part.allSatisfy({ $0 == dot }) {
        resolved.removeSubrange((resolved.lastIndex(of: slash) ?? 0)...)
        continue
      }
      if !resolved.isEmpty { resolved.append(slash) }
      resolved.append(contentsOf: part)
    }
    return (String(decoding: resolved, as: UTF8.self), anchor)
  }
}
