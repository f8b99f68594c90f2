/// `404.html`, for servers that show it for missing pages.
enum NotFoundPage {
  static func render(_ context: PageContext) -> PageBody {
    PageBody(
      html: "<h1>Page not found</h1>\n<p>There is no page at this address. "
        + "Start again from the \(HTML.link(context.href("index.html"), "list of festivals")).</p>")
  }
}
