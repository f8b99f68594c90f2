import SitePlan

/// Who mentions what: for each festival's named things the pages that mention or link to them, and for
/// each page the pages that refer to it ("Referenced by"). Built from every page's facts at once.
struct CrossReferences {
  /// Per festival, per name group of the catalog: the pages (plan indexes) mentioning it, ascending.
  private(set) var mentions: [[[Int]]]
  /// Per page (plan index): the pages referring to it, ascending.
  private(set) var referencedBy: [[Int]]

  init(pages: [PlannedPage], facts: [PageFacts?], catalogs: [NameCatalog], festivalOfPage: [Int?]) {
    mentions = catalogs.map { Array(repeating: [], count: $0.groups.count) }
    referencedBy = Array(repeating: [], count: pages.count)
    var pageIndex: [String: Int] = [:]
    for (index, page) in pages.enumerated() { pageIndex[page.path] = index }
    // Per festival: a definition's site path -> the groups of the things defined there.
    var definitionIndex: [[String: [Int]]] = catalogs.map { catalog in
      var result: [String: [Int]] = [:]
      for (index, thing) in catalog.things.enumerated() {
        result[thing.definition, default: []].append(catalog.groupOfThing[index])
      }
      return result
    }
    // Per festival, per group: the pages of its things that have a page of their own.
    let ownPages: [[[Int]]] = catalogs.map { catalog in
      catalog.groups.map { group in
        group.compactMap { thing in
          let definition = catalog.things[thing].definition
          return definition.utf8.contains(UInt8(ascii: "#")) ? nil : pageIndex[definition]
        }
      }
    }
    var referrers = Array(repeating: Set<Int>(), count: pages.count)
    for (source, pageFacts) in facts.enumerated() {
      guard let pageFacts else { continue }
      var named = pageFacts.mentioned
      for target in pageFacts.linkTargets {
        if let page = pageIndex[target], page != source { referrers[page].insert(source) }
        if let festival = festivalOfPage[source], let things = definitionIndex[festival][target] {
          named.formUnion(things)
        }
      }
      guard let festival = festivalOfPage[source] else { continue }
      for group in named {
        mentions[festival][group].append(source)
        // A thing with a page of its own makes every mention a reference to that page.
        for page in ownPages[festival][group] where page != source { referrers[page].insert(source) }
      }
    }
    definitionIndex.removeAll()
    for festival in mentions.indices {
      for group in mentions[festival].indices { mentions[festival][group].sort() }
    }
    referencedBy = referrers.map { $0.sorted() }
  }

  /// A link written on the page at `pagePath`, as site paths: with its anchor and without. Links to
  /// other sites, and to the same page, give nothing.
  static func targets(of href: String, from pagePath: String) -> [String] {
    guard !href.isEmpty, !href.hasPrefix("#"), !href.hasPrefix("/") else { return [] }
    if let colon = href.firstIndex(of: ":"), !href[..<colon].utf8.contains(UInt8(ascii: "/")) { return [] }
    let (path, anchor) = RelativeURL.resolve(href, from: pagePath)
    return anchor.map { [path, path + "#" + $0] } ?? [path]
  }
}
