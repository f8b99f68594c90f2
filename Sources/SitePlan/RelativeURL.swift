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
}
