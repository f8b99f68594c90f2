import SitePlan

extension PageFacts {
  /// What a rendered body says, as its renderer wrote it down: headings, links and mentions.
  init(
    body: PageBody, page: PlannedPage, matcher: MentionMatcher?, links: LinkTargetCache = LinkTargetCache()
  ) {
    let content = body.html
    headings = Self.outline(content)
    words = SearchIndex.words(content.text, limit: SearchIndex.wordsKept)
    for href in content.links {
      linkTargets.formUnion(links.targets(of: href, from: page.path))
    }
    linkTargets.remove(page.path)
    if let matcher { mentioned = matcher.mentions(in: content.text) }
  }

  /// The headings "On this page" lists: sections and their subsections.
  static func outline(_ content: Markup) -> [Markup.Heading] {
    content.headings.filter { $0.level == 2 || $0.level == 3 }
  }
}
