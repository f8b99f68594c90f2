import Foundation
import SitePlan

/// Who mentions what: for each festival's named things the pages that mention or link to them, and for
/// each page the pages that refer to it ("Referenced by"). Built from every page's facts at once.
struct CrossReferences {
  /// Per festival, per name group of the catalog: the pages (plan indexes) mentioning it, ascending.
  private(set) var mentions: [[[Int]]]
  /// Per page (plan index): the pages referring to it, ascending.
  private(set) var referencedBy: [[Int]]

  /// Each page's links and names are looked up on `jobs` threads; the tallies are then made in page
  /// order, so every list comes out ascending without sorting.
  init(
    pages: [PlannedPage], facts: [PageFacts?], catalogs: [NameCatalog], festivalOfPage: [Int?], jobs: Int = 1
  ) {
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
    // Per page: the pages its links reach and the name groups it names.
    let lookedUp = Slots<(pages: [Int], groups: [Int])>(count: facts.count)
    let lookup: @Sendable (Int) -> Void = { [pageIndex, definitionIndex] source in
      guard let pageFacts = facts[source] else { return }
      var named = pageFacts.mentioned
      var linked: [Int] = []
      for target in pageFacts.linkTargets {
        if let page = pageIndex[target], page != source { linked.append(page) }
        if let festival = festivalOfPage[source], let things = definitionIndex[festival][target] {
          named.formUnion(things)
        }
      }
      lookedUp.set(source, (linked, festivalOfPage[source] == nil ? [] : Array(named)))
    }
    DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { worker in
      for source in stride(from: worker, to: facts.count, by: max(1, jobs)) { lookup(source) }
    }
    definitionIndex.removeAll()
    // Sources come in ascending order, so each list grows sorted; a repeat is always its last entry.
    var referrers = Array(repeating: [Int](), count: pages.count)
    for source in facts.indices {
      guard let (linked, groups) = lookedUp.take(source) else { continue }
      for page in linked where referrers[page].last != source { referrers[page].append(source) }
      guard let festival = festivalOfPage[source] else { continue }
      for group in groups {
        mentions[festival][group].append(source)
        // A thing with a page of its own makes every mention a reference to that page.
        for page in ownPages[festival][group] where page != source && referrers[page].last != source {
          referrers[page].append(source)
        }
      }
    }
    referencedBy = referrers
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
