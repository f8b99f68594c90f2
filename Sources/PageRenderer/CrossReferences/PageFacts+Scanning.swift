import SitePlan

extension PageFacts {
  /// Scans a rendered body once for its headings, links and mentions.
  init(body: PageBody, page: PlannedPage, matcher: MentionMatcher?) {
    let scan = BodyScan(body.html)
    headings = scan.headings
    words = SearchIndex.words(scan.text, limit: SearchIndex.wordsKept)
    for href in scan.links {
      linkTargets.formUnion(CrossReferences.targets(of: href, from: page.path))
    }
    linkTargets.remove(page.path)
    if let matcher { mentioned = matcher.mentions(in: scan.text) }
  }
}
