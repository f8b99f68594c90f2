import SitePlan

extension PageFacts {
  /// What a rendered body says, as its renderer wrote it down: headings, links and mentions.
  init(
    body: PageBody, page: PlannedPage, matcher: MentionMatcher?, links: LinkTargetCache = LinkTargetCache()
  ) {
    let content = body.html
    headings = Self.outline(content)
    // One split of the text serves the search entry and the mentions (a large page's text is megabytes).
    let split = MentionMatcher.words(content.text)
    words = SearchIndex.words(split, limit: SearchIndex.wordsKept)
    for href in content.links {
      linkTargets.formUnion(links.targets(of: href, from: page.path))
    }
    linkTargets.remove(page.path)
    if let matcher { mentioned = matcher.mentions(inWords: split) }
  }

  /// The headings "On this page" lists: sections and their subsections.
  static func outline(_ content: Markup) -> [Markup.Heading] {
    content.headings.filter { $0.level == 2 || $0.level == 3 }
  }
}
