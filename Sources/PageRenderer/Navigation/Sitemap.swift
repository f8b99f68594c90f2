import Foundation
import MarkupSafety
import SitePlan

/// `sitemap.xml` and canonical URLs, when the site knows where it will be published.
enum Sitemap {
  /// `baseURL` with `path` appended, percent-encoded; `index.html` pages by their folder.
  static func absolute(_ path: String, baseURL: String) -> String {
    let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    return base + URLPath.encoded(path)
  }

  static func file(pages: [PlannedPage], baseURL: String) -> RenderedFile {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for page in pages where page.kind != .notFound {
      xml += "  <url><loc>\(HTMLEscaping.text(absolute(page.path, baseURL: baseURL)))</loc></url>\n"
    }
    xml += "</urlset>\n"
    return RenderedFile(path: "sitemap.xml", data: Data(xml.utf8))
  }
}
