/// What a page renderer hands the layout: the main content and where the page sits.
struct PageBody {
  struct Crumb {
    var title: String
    var href: String?
  }

  var html: Markup
  var breadcrumbs: [Crumb] = []
  var festival: Int?
  /// Files the page brings along (its diagrams as standalone SVG).
  var files: [RenderedFile] = []
}
