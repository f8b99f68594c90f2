import Foundation
import MarkupSafety
import PageRenderer
import SitePlan

/// The whole site as one self-contained HTML file: every page a section, the stylesheet, font, drawings
/// and search index inline, links between pages turned into links between sections. It opens from an
/// e-mail attachment or a review tool with no folder beside it.
public enum SingleFileExport {
  /// `sections` are the pages through the theme's `section` template (`RenderOptions.rendersSections`),
  /// by page path; `files` the rest of the rendered site (stylesheet, scripts, search index, images).
  public static func assemble(
    files: [RenderedFile], sections pageSections: [String: String], plan: SitePlan, theme: Theme,
    siteTitle: String, version: String
  ) -> String {
    let byPath = Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
    var images: [String: String] = [:]
    for file in files where file.path.hasPrefix("static/") {
      images[file.path] = "data:\(mediaType(file.path));base64," + file.data.base64EncodedString()
    }
    let pages = plan.pages.filter { $0.kind != .notFound }
    let pagePaths = Set(pages.map(\.path))
    var sections = ""
    for page in pages {
      guard let section = pageSections[page.path] else { continue }
      let id = SectionID.of(page.path)
      let rewriter = PageRewriter(pagePath: page.path, sectionID: id, pages: pagePaths, images: images)
      sections += "<section class=\"single-page\" id=\"\(HTMLEscaping.attribute(id))\">\n"
      sections += rewriter.rewrite(section) + "\n</section>\n"
    }
    return document(
      theme: theme, title: siteTitle, version: version, contents: contents(pages), sections: sections,
      byPath: byPath)
  }

  /// The table of contents: every page, festival by festival, in plan order.
  private static func contents(_ pages: [PlannedPage]) -> String {
    var html =
      "<nav class=\"single-contents\" aria-label=\"Contents\"><details><summary>Contents: \(pages.count) pages</summary><ul>"
    for page in pages {
      let depth = page.path.split(separator: "/").count - 1
      html +=
        "<li class=\"depth-\(min(depth, 4))\"><a href=\"#\(HTMLEscaping.attribute(SectionID.of(page.path)))\">"
        + "\(HTMLEscaping.text(page.title))</a> <span class=\"muted\">\(HTMLEscaping.text(page.kind.label))</span></li>"
    }
    return html + "</ul></details></nav>\n"
  }

  /// The theme's `single.mustache` with everything the pages load put inline.
  private static func document(
    theme: Theme, title: String, version: String, contents: String, sections: String, byPath: [String: Data]
  ) -> String {
    func text(_ path: String) -> String { byPath[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }
    var css = text("assets/style.css")
    if let font = byPath["assets/fonts/DejaVuSans.woff2"] {
      css = css.replacingOccurrences(
        of: "url(\"fonts/DejaVuSans.woff2\")",
        with: "url(\"data:font/woff2;base64,\(font.base64EncodedString())\")")
    }
    let values: [String: Any] = [
      "siteTitle": title, "version": version, "home": SectionID.of("index.html"),
      "css": (css + "\n" + SingleFileStyle.css).replacingOccurrences(of: "</style", with: "<\\/style"),
      "themeScript": inline(text("assets/theme.js")), "pageScript": inline(text("assets/festdoc.js")),
      "searchIndex": inline(searchIndex(byPath)), "contents": contents, "sections": sections,
    ]
    return theme.render(values, template: "single")
  }

  /// The search index's parts as one script, map first, with each path in its chunks of titles and
  /// paths turned into its section's link: every part is there before a search needs it.
  static func searchIndex(_ byPath: [String: Data]) -> String {
    let folder = "search/"
    let map = folder + "map.js"
    // The shards (`s<n>.js`) and the chunks of titles and paths (`d<n>.js`).
    let parts = byPath.keys.filter { $0.hasPrefix(folder) && $0.hasSuffix(".js") && $0 != map }
    return ([map] + parts.sorted()).map { (path: String) -> String in
      let script = String(decoding: byPath[path] ?? Data(), as: UTF8.self)
      return path.hasPrefix(folder + "d") ? sectionLinks(script) : script
    }.joined()
  }

  /// A chunk of `["title","path"]` lines with each path turned into its section's link.
  static func sectionLinks(_ script: String) -> String {
    var result = ""
    for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("[\""), let (start, end) = secondString(line) else {
        result += line + "\n"
        continue
      }
      let path = String(line[start..<end])
      let parts = path.split(separator: "#", maxSplits: 1).map(String.init)
      let section = SectionID.of(parts[0])
      let target = parts.count > 1 ? "#\(section)--\(parts[1])" : "#\(section)"
      result += line[..<start] + target + line[end...] + "\n"
    }
    return String(result.dropLast())
  }

  /// Where the second string literal of `line` starts and ends, inside its quotes.
  private static func secondString(_ line: Substring) -> (String.Index, String.Index)? {
    var quotes = 0
    var escaped = false
    var start: String.Index?
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "\"" {
        quotes += 1
        if quotes == 3 { start = line.index(after: index) }
        if quotes == 4, let start { return (start, index) }
      }
      index = line.index(after: index)
    }
    return nil
  }

  /// A script's text made safe to stand inside `<script>`: a `</` can never end the element.
  static func inline(_ script: String) -> String {
    script.replacingOccurrences(of: "</", with: "<\\/").replacingOccurrences(of: "<!--", with: "<\\!--")
  }

  private static func mediaType(_ path: String) -> String {
    switch path.split(separator: ".").last?.lowercased() ?? "" {
    case "svg": "image/svg+xml"
    case "png": "image/png"
    case "jpg", "jpeg": "image/jpeg"
    case "gif": "image/gif"
    case "webp": "image/webp"
    default: "application/octet-stream"
    }
  }
}
