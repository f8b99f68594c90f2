import Foundation

/// The pages of a built site that no link reaches from `index.html`: links in pages (`href`, `src`) and
/// the `"u"` paths of the navigation scripts the pages load (festdoc writes those from the site root).
/// `404.html` is not expected to be reached.
public enum SiteReach {
  public static func unreachable(_ files: [String: String]) -> [String] {
    let pages = Set(files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" })
    var seen: Set<String> = []
    var todo = ["index.html"]
    while let page = todo.popLast() {
      guard !seen.contains(page), let text = files[page] else { continue }
      seen.insert(page)
      let folder = page.split(separator: "/").dropLast().map(String.init)
      for link in matches(##"(?:href|src)="([^"#?]+)"##, in: text) where !link.contains(":") {
        let target = resolve(link.replacingOccurrences(of: "&amp;", with: "&"), in: folder)
        if target.hasSuffix(".js"), target.hasSuffix("nav.js"), let script = files[target] {
          todo += matches(##""u":"([^"#]+)"##, in: script)
        } else {
          todo.append(target)
        }
      }
    }
    return pages.subtracting(seen).sorted()
  }

  private static func matches(_ pattern: String, in text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  private static func resolve(_ link: String, in folder: [String]) -> String {
    var parts = folder
    for part in link.split(separator: "/") {
      if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
    }
    return parts.joined(separator: "/")
  }
}
