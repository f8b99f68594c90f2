import Diagrams
import FestivalModel
import Foundation
import SitePlan

/// What a build worked out from unchanged inputs, kept for the next build of one preview session: a task
/// edit leaves the contract, and so the catalogs, anchors, search rows and most cross-references, as
/// they were, and working them out again for a thousand components took longer than the pages did.
/// Every entry is keyed by what it was made from and used only when that compares equal (quick when the
/// model and plan caches handed back the same values); entries of documents, festivals and pages the
/// latest build did not have are dropped when it ends.
public final class RenderCache: @unchecked Sendable {
  struct FestivalState {
    var key: ContractKey
    var index: FestivalIndex
    var catalog: NameCatalog
    var matcher: MentionMatcher
    /// The sidebar's "Interfaces" section, once a build has made it.
    var navigation: NavigationItem??
    /// The festival's sidebar script and parts, and the festival's item they were written from.
    var navigationFiles: (whole: NavigationItem, files: [RenderedFile])?
    /// What the catalog adds to the search index, once a build has made it.
    var search: SearchIndex.CatalogPart?
  }

  /// A page's look-up and search entry, valid for as long as its inputs' fingerprint is `inputs`.
  struct PageState {
    var inputs: String
    var references: PageReferences?
    var searchEntry: SearchEntry?
  }

  /// The cross-references of the latest build and what they were tallied from.
  struct References {
    var siteKey: String
    var lookups: [PageReferences?]
    var result: CrossReferences
    var keys: [String]
    var mentionKeys: [String]
    /// The look-up tables, once a build needed them.
    var tables: CrossReferences.Tables?
  }

  private let lock = NSLock()
  /// By the festival's home page.
  var festivals: [String: FestivalState] = [:]
  /// Page states in the order of the latest plan's pages, so a build finds a page's by its index.
  private var pagePaths: [String] = []
  private var pages: [PageState?] = []
  var references: References?
  /// Each festival's contract fingerprints and the contract they were made from, by its home page.
  var contractFingerprints: [String: ContractFingerprints.Kept] = [:]
  /// Each festival's element pages' input fingerprints and what they were made from, by its home page.
  var elementKeys: [String: PageInputs.ElementKeys] = [:]
  /// What each festival's home shows of its plan, and what that was made from, by its home page.
  var planViews: [String: (inputs: PageInputs.PlanViewInputs, view: String)] = [:]
  /// Each festival's sidebar items after its "Interfaces" section, and what they were made from.
  var navigationItems: [String: (inputs: PageInputs.PlanViewInputs, items: [NavigationItem])] = [:]
  /// Every page's path, title and kind, the plan's row anchors and the linked anchors, with their
  /// fingerprint.
  var pagesKey:
    (pages: [PlannedPage], rowAnchors: [[String: [Int: String]]], anchors: [String: String], value: String)?
  /// The search entries of the latest build as they came, and the order it sorted them into.
  var searchOrder: (entries: [SearchEntry], order: [Int])?
  /// The search index the latest build wrote.
  var searchIndex: SearchIndex.Built?
  /// Festivals whose catalogs came from the cache, and cross-reference tallies reused, since it was made.
  public private(set) var festivalHits = 0
  public private(set) var referenceHits = 0
  /// Builds whose search index updated the one before, and festivals whose sidebar files were kept.
  public private(set) var searchIndexUpdates = 0
  public private(set) var navigationHits = 0
  /// Festival homes whose plan view was kept.
  public private(set) var planViewHits = 0

  /// The drawings of earlier builds: most charts come out the same after an edit.
  public let layouts = FlowchartLayoutCache()
  /// Large documents' blocks as drawn, by page: an edit draws again only the blocks it changed.
  let documentBlocks = DocumentBlockCache()

  public init() {}

  /// The render step of a preview session: what unchanged inputs gave the build before is not worked out
  /// again, nor is an unchanged chart laid out again.
  public func render(_ input: RenderInput, progress: (@Sendable (Int, Int) -> Void)? = nil)
    -> SiteRenderer.Result
  {
    // Tables made ahead hold the lock while they are made: waited for before the build takes it.
    _ = input.tablesAhead?.tables
    return build(plan: input.plan) { RenderPass(input, memo: self, progress: progress).run() }
  }

  /// `body` with the cache to itself, as a build has it.
  func withLock<Result>(_ body: () -> Result) -> Result {
    lock.lock()
    defer { lock.unlock() }
    return body()
  }

  /// Runs one build with the cache to itself (builds of one session never overlap, but nothing breaks if
  /// they do), then lets go of what belongs to no page, document or festival of `plan`.
  func build<Result>(plan: SitePlan, _ body: () -> Result) -> Result {
    lock.lock()
    defer { lock.unlock() }
    let paths = plan.pages.map(\.path)
    // The same pages in the same order as the build before, unless the plan changed.
    if paths != pagePaths {
      let known = Dictionary(zip(pagePaths, pages), uniquingKeysWith: { first, _ in first })
      pages = paths.map { known[$0] ?? nil }
      pagePaths = paths
    }
    let result = body()
    let homes = Set(plan.festivals.map(\.home))
    festivals = festivals.filter { homes.contains($0.key) }
    contractFingerprints = contractFingerprints.filter { homes.contains($0.key) }
    elementKeys = elementKeys.filter { homes.contains($0.key) }
    planViews = planViews.filter { homes.contains($0.key) }
    navigationItems = navigationItems.filter { homes.contains($0.key) }
    documentBlocks.keep(only: Set(paths))
    return result
  }

  /// The state of the page at `index` of the plan, if it was kept for these inputs.
  func page(_ index: Int, inputs: String) -> PageState? {
    guard let state = pages[index], state.inputs == inputs else { return nil }
    return state
  }

  /// Changes the state of the page at `index`, starting afresh when it was kept for other inputs.
  func updatePage(_ index: Int, inputs: String, _ update: (inout PageState) -> Void) {
    var state = pages[index].flatMap { $0.inputs == inputs ? $0 : nil } ?? PageState(inputs: inputs)
    pages[index] = nil
    update(&state)
    pages[index] = state
  }

  /// The latest search index, no longer held here, so its caller changes it without copying it.
  func takeSearchIndex() -> SearchIndex.Built? {
    defer { searchIndex = nil }
    return searchIndex
  }

  func countFestivalHit() { festivalHits += 1 }
  func countReferenceHit() { referenceHits += 1 }
  func countSearchIndexUpdate() { searchIndexUpdates += 1 }
  func countNavigationHit() { navigationHits += 1 }
  func countPlanViewHit() { planViewHits += 1 }
}
