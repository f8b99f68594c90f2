import FestivalModel
import Parallelism
import SitePlan

/// The parts of a build worked out from the whole model or site before or after the pages, each taken
/// from a `RenderCache` when what it is made from compares equal to what made the cached one.
extension SiteRenderer {
  struct FestivalState {
    var index: FestivalIndex
    var catalog: NameCatalog
    var matcher: MentionMatcher
    /// Whether it came from the cache.
    var cached: Bool
  }

  /// Each festival's look-up index, name catalog and mention matcher, in model order.
  static func festivalStates(model: ContentModel, plan: SitePlan, cache: RenderCache?, jobs: Int = 1)
    -> [FestivalState]
  {
    zip(model.festivals, plan.festivals).map { festival, festivalPlan in
      let key = cache.map { _ in ContractKey(festival, festivalPlan) }
      if let cache, let known = cache.festivals[festivalPlan.home], known.key == key {
        cache.countFestivalHit()
        return FestivalState(index: known.index, catalog: known.catalog, matcher: known.matcher, cached: true)
      }
      // Made from the same contract and plan, neither from the other: side by side.
      let (catalog, index) = Concurrently.run(jobs: jobs) {
        NameCatalog(festival.interfaces, plan: festivalPlan)
      } _: {
        FestivalIndex(festival.interfaces, plan: festivalPlan)
      }
      // An edit that leaves every name, kind and definition as it was (a description, a type) keeps
      // what is made from the names alone: the mention matcher, the search rows and the tables
      // cross-references are tallied with. The sidebar section shows more than names: made again.
      if let cache, let key, var known = cache.festivals[festivalPlan.home], known.catalog == catalog {
        cache.countFestivalHit()
        (known.key, known.index, known.navigation) = (key, index, nil)
        cache.festivals[festivalPlan.home] = known
        return FestivalState(index: index, catalog: known.catalog, matcher: known.matcher, cached: true)
      }
      let state = FestivalState(
        index: index, catalog: catalog, matcher: MentionMatcher(catalog), cached: false)
      if let cache, let key {
        cache.festivals[festivalPlan.home] = RenderCache.FestivalState(
          key: key, index: state.index, catalog: state.catalog, matcher: state.matcher)
      }
      return state
    }
  }

  /// Each festival's contract in parts, in model order (nil without a contract), keeping from the cache
  /// the fingerprints of elements that compare equal to the ones they were made from.
  static func contractFingerprints(
    model: ContentModel, plan: SitePlan, states: [FestivalState], cache: RenderCache?, jobs: Int = 1
  ) -> [ContractFingerprints?] {
    zip(model.festivals, zip(states, plan.festivals)).map { festival, pair in
      guard let contract = festival.interfaces else { return nil }
      let (state, festivalPlan) = pair
      let kept = cache?.contractFingerprints[festivalPlan.home]
      if state.cached, let kept, kept.contract == contract { return kept.value }
      let value = ContractFingerprints(
        contract, catalog: state.catalog, lookup: state.index, previous: kept, jobs: jobs)
      cache?.contractFingerprints[festivalPlan.home] = ContractFingerprints.Kept(
        contract: contract, value: value)
      return value
    }
  }

  /// Who refers to whom, with each page's "Referenced by" as a fingerprint and each festival's mentions
  /// as one. A page's look-up is kept for as long as its inputs are; the tallies are reused when every
  /// look-up, the plan (`siteKey`) and the catalogs (`reusable`) are as the build before had them.
  static func crossReferences(
    pages: [PlannedPage], facts: [PageFacts?], catalogs: [NameCatalog], inputs: [String?], siteKey: String?,
    reusable: Bool, jobs: Int, cache: RenderCache?
  ) -> (references: CrossReferences, referenceKeys: [String], mentionKeys: [String]) {
    let festivalOfPage = pages.map(\.kind.festival)
    func known(_ index: Int) -> RenderCache.PageState? {
      guard let cache, let fingerprint = inputs[index] else { return nil }
      return cache.page(index, inputs: fingerprint)
    }
    // The tables are the same while the plan and catalogs are.
    let sameSite = reusable && siteKey != nil && cache?.references?.siteKey == siteKey
    var tables = sameSite ? cache?.references?.tables : nil
    let lookups = CrossReferences.lookUp(
      pages: pages, facts: facts, catalogs: catalogs, festivalOfPage: festivalOfPage, jobs: jobs,
      known: { known($0)?.references },
      tables: {
        let made = tables ?? CrossReferences.Tables(pages: pages, catalogs: catalogs)
        tables = made
        return made
      })
    if let cache {
      for index in pages.indices where lookups[index] != nil && known(index)?.references == nil {
        guard let fingerprint = inputs[index] else { continue }
        cache.updatePage(index, inputs: fingerprint) { $0.references = lookups[index] }
      }
      if sameSite, let previous = cache.references, previous.lookups == lookups {
        cache.countReferenceHit()
        cache.references?.tables = tables
        return (previous.result, previous.keys, previous.mentionKeys)
      }
    }
    let references = CrossReferences(
      pages: pages, lookups: lookups, catalogs: catalogs, festivalOfPage: festivalOfPage,
      pageIndex: tables?.pageIndex)
    // Every page's, side by side: at 10,000 components these took half a second on one thread.
    let (referencedBy, mentions) = (references.referencedBy, references.mentions)
    let referenceKeys = Concurrently.map(jobs: jobs, count: referencedBy.count) {
      Fingerprint.of(referencedBy[$0].map { pages[$0].path }.joined(separator: "\n"))
    }
    let mentionKeys = Concurrently.map(jobs: jobs, count: mentions.count) {
      mentions[$0].map { $0.map(String.init).joined(separator: ",") }.joined(separator: ";")
    }
    if let cache, let siteKey {
      cache.references = RenderCache.References(
        siteKey: siteKey, lookups: lookups, result: references, keys: referenceKeys, mentionKeys: mentionKeys,
        tables: tables)
    }
    return (references, referenceKeys, mentionKeys)
  }

  /// What each festival's catalog adds to the search index, in model order.
  static func searchParts(_ states: [FestivalState], plan: SitePlan, cache: RenderCache?)
    -> [SearchIndex.CatalogPart]
  {
    zip(states, plan.festivals).map { state, festivalPlan in
      if let known = cache?.festivals[festivalPlan.home]?.search { return known }
      let part = SearchIndex.CatalogPart(state.catalog)
      cache?.festivals[festivalPlan.home]?.search = part
      return part
    }
  }

  /// A festival's sidebar script and parts, written by `make` unless the cache has them for the same
  /// `whole` (the festival's item with all below it): a task edit mostly leaves the sidebar as it was.
  static func navigationFiles(
    _ festival: Int, whole: NavigationItem, plan: SitePlan, cache: RenderCache?, make: () -> [RenderedFile]
  ) -> [RenderedFile] {
    let home = plan.festivals[festival].home
    if let known = cache?.festivals[home]?.navigationFiles, known.whole == whole {
      cache?.countNavigationHit()
      return known.files
    }
    let files = make()
    cache?.festivals[home]?.navigationFiles = (whole, files)
    return files
  }

  /// A festival's sidebar items after its "Interfaces" section (the plan, documents, review pages),
  /// made by `make` unless the cache has them for the same plan, states and site.
  static func navigationItems(
    _ festival: Int, model: ContentModel, plan: SitePlan, siteKey: String?, cache: RenderCache?,
    make: () -> [NavigationItem]
  ) -> [NavigationItem] {
    guard let cache, let siteKey else { return make() }
    let home = plan.festivals[festival].home
    let inputs = PageInputs.PlanViewInputs(siteKey: siteKey, festival: model.festivals[festival])
    if let kept = cache.navigationItems[home], kept.inputs == inputs { return kept.items }
    let items = make()
    cache.navigationItems[home] = (inputs, items)
    return items
  }

  /// A festival's "Interfaces" section of the sidebar, made by `make` unless the cache has it.
  static func navigationSection(
    _ festival: Int, plan: SitePlan, cache: RenderCache?, make: () -> NavigationItem?
  ) -> NavigationItem? {
    let home = plan.festivals[festival].home
    if let known = cache?.festivals[home]?.navigation { return known }
    let section = make()
    cache?.festivals[home]?.navigation = .some(section)
    return section
  }
}
