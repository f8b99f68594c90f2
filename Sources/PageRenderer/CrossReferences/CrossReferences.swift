import Foundation
import Parallelism
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
    let lookups = Self.lookUp(
      pages: pages, facts: facts, catalogs: catalogs, festivalOfPage: festivalOfPage, jobs: jobs)
    self.init(pages: pages, lookups: lookups, catalogs: catalogs, festivalOfPage: festivalOfPage)
  }

  /// The tallies of every page's look-up (nil for a page without facts), in page order; `pageIndex` is
  /// the look-up tables' when they were made already.
  init(
    pages: [PlannedPage], lookups: [PageReferences?], catalogs: [NameCatalog], festivalOfPage: [Int?],
    pageIndex known: [String: Int]? = nil
  ) {
    mentions = catalogs.map { Array(repeating: [], count: $0.groups.count) }
    let pageIndex = known ?? Self.pageIndex(pages)
    // Per festival, per group: the pages of its things that have a page of their own.
    let ownPages: [[[Int]]] = catalogs.map { catalog in
      catalog.groups.map { group in
        group.compactMap { thing in
          let definition = catalog.things[thing].definition
          return definition.utf8.contains(UInt8(ascii: "#")) ? nil : pageIndex[definition]
        }
      }
    }
    // Sources come in ascending order, so each list grows sorted; a repeat is always its last entry.
    var referrers = Array(repeating: [Int](), count: pages.count)
    for source in lookups.indices {
      guard let found = lookups[source] else { continue }
      for page in found.pages where referrers[page].last != source { referrers[page].append(source) }
      guard let festival = festivalOfPage[source] else { continue }
      for group in found.groups {
        mentions[festival][group].append(source)
        // A thing with a page of its own makes every mention a reference to that page.
        for page in ownPages[festival][group] where page != source && referrers[page].last != source {
          referrers[page].append(source)
        }
      }
    }
    referencedBy = referrers
  }

  /// What look-ups consult: each page's plan index by path, and per festival the name groups of the
  /// things defined at each site path. Made from the plan and catalogs alone.
  struct Tables: Sendable {
    var pageIndex: [String: Int]
    var definitionIndex: [[String: [Int]]]

    init(pages: [PlannedPage], catalogs: [NameCatalog]) {
      pageIndex = CrossReferences.pageIndex(pages)
      definitionIndex = catalogs.map { catalog in
        var result: [String: [Int]] = [:]
        for (index, thing) in catalog.things.enumerated() {
          result[thing.definition, default: []].append(catalog.groupOfThing[index])
        }
        return result
      }
    }
  }

  /// What each page with facts refers to, looked up on `jobs` threads; `known` gives the pages whose
  /// look-up an earlier build already made (nil to look up), `tables` the tables, made only when a page
  /// is left to look up (by default made from `pages` and `catalogs`).
  static func lookUp(
    pages: [PlannedPage], facts: [PageFacts?], catalogs: [NameCatalog], festivalOfPage: [Int?], jobs: Int = 1,
    known: (Int) -> PageReferences? = { _ in nil }, tables: (() -> Tables)? = nil
  ) -> [PageReferences?] {
    let lookups = Slots<PageReferences>(count: facts.count)
    var wanted: [Int] = []
    for source in facts.indices where facts[source] != nil {
      if let found = known(source) { lookups.set(source, found) } else { wanted.append(source) }
    }
    guard !wanted.isEmpty else { return lookups.all }
    let sources = wanted
    let tables = tables?() ?? Tables(pages: pages, catalogs: catalogs)
    let lookup: @Sendable (Int) -> Void = { position in
      let source = sources[position]
      guard let pageFacts = facts[source] else { return }
      var named = pageFacts.mentioned
      var linked: [Int] = []
      for target in pageFacts.linkTargets {
        if let page = tables.pageIndex[target], page != source { linked.append(page) }
        if let festival = festivalOfPage[source], let things = tables.definitionIndex[festival][target] {
          named.formUnion(things)
        }
      }
      // Sorted, so a page's look-up compares equal across builds whatever order its sets iterate in.
      lookups.set(
        source,
        PageReferences(pages: linked.sorted(), groups: festivalOfPage[source] == nil ? [] : named.sorted()))
    }
    let workers = max(1, min(jobs, sources.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for position in stride(from: worker, to: sources.count, by: workers) { lookup(position) }
    }
    return lookups.all
  }

  private static func pageIndex(_ pages: [PlannedPage]) -> [String: Int] {
    var pageIndex: [String: Int] = [:]
    pageIndex.reserveCapacity(pages.count)
    for (index, page) in pages.enumerated() { pageIndex[page.path] = index }
    return pageIndex
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
