import FestivalModel
import SitePlan

/// Puts a page body into the theme's layout: navigation, "On this page", "Referenced by", the footer
/// and the publishing links (canonical URL, view source).
enum PageLayout {
  /// Below this many headings a page needs no "On this page" list.
  static let minimumOutlineHeadings = 2
  /// "Referenced by" lists this many pages; the rest are counted by kind. At 10,000 components the
  /// interface document is referred to by 37,000 pages, and the full lists were a tenth of the site.
  static let referencesListed = 100

  /// The page through the theme's `layout`, or with `section` through its `section` template instead (the
  /// page as a section of the single-file export: breadcrumbs, body, "Referenced by").
  static func render(
    _ body: PageBody, headings: [Markup.Heading], referencedBy: [Int], context: PageContext, theme: Theme,
    options: RenderOptions, section: Bool = false
  ) -> String {
    let values = values(
      body, headings: headings, referencedBy: referencedBy, context: context, options: options)
    return section ? theme.render(values, template: "section") : theme.renderLayout(values)
  }

  /// What the theme's templates receive (docs/architecture.md lists it).
  private static func values(
    _ body: PageBody, headings: [Markup.Heading], referencedBy: [Int], context: PageContext,
    options: RenderOptions
  ) -> [String: TemplateValue] {
    let page = context.page
    let root = RelativeURL.root(from: page.path)
    let festival = page.kind.festival ?? body.festival
    let navigation = festival.map { context.plan.festivals[$0].navigationScript } ?? "nav.js"
    var values: [String: TemplateValue] = [
      "title": .text(page.title), "siteTitle": .text(options.siteTitle), "root": .text(root),
      "assets": .text(root + "assets/"), "content": .text(body.html.html), "version": .text(options.version),
      "source": .text(options.source), "page": .text(page.path),
      "navigation": .text(context.href(navigation)), "searchIndex": .text(root + SearchIndex.folder),
      "hasBreadcrumbs": .flag(body.breadcrumbs.count > 1),
      "breadcrumbs": .list(
        body.breadcrumbs.map { crumb in
          var entry: [String: TemplateValue] = ["title": .text(crumb.title)]
          if let href = crumb.href { entry["href"] = .text(href) }
          return .record(entry)
        }),
    ]
    if let festival {
      values["festival"] = .record([
        "name": .text(context.model.festivals[festival].name),
        "href": .text(context.href(context.plan.festivals[festival].home)),
      ])
    }
    var outline = headings.map { heading -> TemplateValue in
      .record(["href": .text("#" + heading.id), "text": .text(heading.text), "sub": .flag(heading.level > 2)])
    }
    if !referencedBy.isEmpty {
      outline.append(
        .record(["href": .text("#referenced-by"), "text": .text("Referenced by"), "sub": .flag(false)]))
    }
    if outline.count >= minimumOutlineHeadings {
      values["hasOutline"] = .flag(true)
      values["outline"] = .list(outline)
    }
    if !referencedBy.isEmpty {
      values["hasReferencedBy"] = .flag(true)
      values["referencedBy"] = .list(
        referencedBy.prefix(referencesListed).map { index in
          let other = context.plan.pages[index]
          return .record([
            "href": .text(context.href(other.path)), "title": .text(other.title),
            "kind": .text(other.kind.label),
          ])
        })
      if referencedBy.count > referencesListed {
        values["moreReferences"] = .text(unlisted(referencedBy.dropFirst(referencesListed), context.plan))
      }
    }
    if let footer = options.footer { values["footer"] = .text(footer) }
    if let logo = options.logo { values["logo"] = .text(root + logo) }
    if let baseURL = options.baseURL {
      values["canonical"] = .text(Sitemap.absolute(page.path, baseURL: baseURL))
    }
    if let pattern = options.repositoryURL, let source = PageSource.location(of: page.kind, context: context),
      let link = PageSource.link(pattern: pattern, path: source.path, line: source.line)
    {
      values["sourceHref"] = .text(link)
    }
    return values
  }

  /// "and 1,234 more pages: Document 1,200 · Endpoint 34", kinds in order of first appearance.
  static func unlisted(_ pages: ArraySlice<Int>, _ plan: SitePlan) -> String {
    var kinds: [String] = []
    var counts: [String: Int] = [:]
    for index in pages {
      let label = plan.pages[index].kind.label
      if counts[label] == nil { kinds.append(label) }
      counts[label, default: 0] += 1
    }
    return "and \(grouped(pages.count)) more pages: "
      + kinds.map { "\($0) \(grouped(counts[$0]!))" }.joined(separator: " · ")
  }

  /// Thousands separated by commas, whatever the machine's locale, so builds are the same everywhere.
  static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }
}
