import Diagnostics
import Diagrams
import FestivalModel
import Foundation
import SitePlan

/// The fifth stage: renders every planned page through the theme. Pages render in parallel; results
/// are put back in plan order, so any `--jobs` gives the same bytes.
public enum SiteRenderer {
  public struct Result: Sendable {
    public var files: [RenderedFile]
    public var diagnostics: [Diagnostic]
    /// Files of the previous build to keep as they are (hard-linked by the writer): pages whose inputs
    /// and references did not change.
    public var reused: [String] = []
    /// What the next incremental build needs; empty when `sources` were not given.
    public var record = RenderRecord()
    /// Pages whose body was rendered this time (the rest came from the record).
    public var renderedPages = 0
  }

  /// Renders every page. `findings` (what reading and checking found) and the broken links found while
  /// rendering are weighed by `weigh` for the diagnostics pages; `Result.diagnostics` holds the links only.
  /// With `sources` (the content files' fingerprints by path) the result carries a record, and with a
  /// `previous` record the pages whose inputs are unchanged are not rendered again.
  public static func render(
    model: ContentModel, plan: SitePlan, theme: Theme, options: RenderOptions, findings: [Diagnostic] = [],
    weigh: @Sendable ([Diagnostic]) -> [Diagnostic] = { $0 }, sources: [String: String]? = nil,
    previous: RenderRecord? = nil, layouts: FlowchartLayoutCache? = nil, cache: RenderCache? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> Result {
    func run() -> Result {
      renderSite(
        model: model, plan: plan, theme: theme, options: options, findings: findings, weigh: weigh,
        sources: sources, previous: previous, layouts: layouts, cache: cache, progress: progress)
    }
    guard let cache else { return run() }
    let documents = (model.festivals.flatMap(\.documents) + model.looseDocuments).map(\.path)
    return cache.build(plan: plan, documents: documents, run)
  }

  private static func renderSite(
    model: ContentModel, plan: SitePlan, theme: Theme, options: RenderOptions, findings: [Diagnostic],
    weigh: @Sendable ([Diagnostic]) -> [Diagnostic], sources: [String: String]?, previous: RenderRecord?,
    layouts: FlowchartLayoutCache?, cache: RenderCache?, progress: (@Sendable (Int, Int) -> Void)?
  ) -> Result {
    let documents = Dictionary(
      (model.festivals.flatMap(\.documents) + model.looseDocuments).map { ($0.path, $0) },
      uniquingKeysWith: { first, _ in first })
    let (anchorTable, festivalStates) = Concurrently.run(jobs: options.jobs) {
      Self.anchors(model: model, plan: plan, cache: cache, keyed: sources != nil)
    } _: {
      Self.festivalStates(model: model, plan: plan, cache: cache)
    }
    let anchors = anchorTable.sets
    let indexes = festivalStates.map(\.index)
    let catalogs = festivalStates.map(\.catalog)
    let matchers = festivalStates.map(\.matcher)
    let resolver = LinkResolver(plan: plan, anchors: anchors, files: Set(model.staticFiles.map(\.path)))
    let pages = plan.pages
    @Sendable func context(_ index: Int) -> PageContext {
      PageContext(
        model: model, plan: plan, page: pages[index], resolver: resolver, indexes: indexes, layouts: layouts)
    }
    let fingerprinted = sources.map {
      PageInputs.fingerprints(
        model: model, plan: plan, theme: theme, options: options, sources: $0, anchors: anchorTable.keys
      ) { festival, path in
        let view = FestivalHomePage.planView(
          FestivalContext(
            festival: model.festivals[festival], plan: plan.festivals[festival], index: festival,
            pagePath: path, lookup: indexes[festival]))
        return view.all
      }
    }
    var inputs = fingerprinted?.pages ?? Array(repeating: nil, count: pages.count)
    // A page whose inputs match the previous build's is taken from its record instead of rendered.
    func recorded(_ index: Int) -> PageRecord? {
      guard let fingerprint = inputs[index], let record = previous?.pages[pages[index].path],
        record.inputs == fingerprint
      else { return nil }
      return record
    }
    let remembered = pages.indices.map { pages[$0].kind.isDrawnFromOtherPages ? nil : recorded($0) }
    // First pass: every page drawn from the model alone, with what it mentions and links to.
    let bodies = Slots<PageBody>(count: pages.count)
    let pageFacts = Slots<PageFacts>(count: pages.count)
    let counter = Slots<Int>(count: 0)
    let rendered = Slots<Int>(count: 0)
    perform(jobs: options.jobs, count: pages.count) { index in
      let page = pages[index]
      guard !page.kind.isDrawnFromOtherPages else { return }
      if let record = remembered[index] {
        pageFacts.set(index, record.facts)
        progress?(counter.increment(), pages.count)
        return
      }
      _ = rendered.increment()
      let body = self.body(for: page, context: context(index), documents: documents)
      let facts = PageFacts(body: body, page: page, matcher: page.kind.festival.map { matchers[$0] })
      bodies.set(index, body)
      pageFacts.set(index, facts)
      progress?(counter.increment(), pages.count)
    }
    let facts = pageFacts.all
    let (references, referenceKeys, mentionKeys) = crossReferences(
      pages: pages, facts: facts, catalogs: catalogs, inputs: inputs, siteKey: fingerprinted?.site,
      reusable: festivalStates.allSatisfy(\.cached), jobs: options.jobs, cache: cache)
    let pageDiagnostics = zip(bodies.all, remembered).map { body, record in
      body?.diagnostics ?? record?.diagnostics ?? []
    }
    let linkDiagnostics = pageDiagnostics.flatMap { $0 }
    let weighed = weigh(findings + linkDiagnostics).sortedForOutput()
    // The pages drawn from the others are the same when what they show is: the A-Z index its
    // festival's mentions, the review and diagnostics pages the findings.
    let findingsKey = Fingerprint.of(weighed.map { $0.formatted() }.joined(separator: "\n"))
    for index in pages.indices where inputs[index] != nil {
      switch pages[index].kind {
      case .nameIndex(let festival): inputs[index] = Fingerprint.of(inputs[index]!, mentionKeys[festival])
      case .review, .diagnostics: inputs[index] = Fingerprint.of(inputs[index]!, findingsKey)
      default: continue
      }
    }
    let late = pages.indices.map { pages[$0].kind.isDrawnFromOtherPages ? recorded($0) : nil }
    // Then the pages drawn from the others, and every page laid out with its cross-references.
    let output = Slots<[RenderedFile]>(count: pages.count)
    perform(jobs: options.jobs, count: pages.count) { index in
      let page = pages[index]
      let pageContext = context(index)
      if let record = remembered[index] ?? late[index], record.references == referenceKeys[index] { return }
      // Each body is let go once laid out, so the site is not held twice.
      var body: PageBody
      var headings: [BodyScan.Heading]
      if let done = bodies.take(index) {
        body = done
        headings = facts[index]?.headings ?? []
      } else if remembered[index] != nil {
        // Unchanged, but referenced by other pages than before: drawn again to be laid out again.
        body = self.body(for: page, context: pageContext, documents: documents)
        headings = facts[index]?.headings ?? []
        _ = rendered.increment()
      } else {
        body = lateBody(
          for: page, context: pageContext, catalogs: catalogs, references: references, diagnostics: weighed)
        headings = BodyScan(body.html).headings
        _ = rendered.increment()
        progress?(counter.increment(), pages.count)
      }
      let html = PageLayout.render(
        body, headings: headings, referencedBy: references.referencedBy[index], context: pageContext,
        theme: theme,
        options: options)
      output.set(index, [RenderedFile(path: page.path, data: Data(html.utf8))] + body.files)
    }
    let written = output.all
    var files = written.compactMap { $0 }.flatMap { $0 }
    var reused: [String] = []
    var record = RenderRecord()
    for index in pages.indices {
      let isLate = pages[index].kind.isDrawnFromOtherPages
      guard let fingerprint = inputs[index], let pageFacts = facts[index] ?? (isLate ? PageFacts() : nil)
      else {
        continue
      }
      let paths = written[index].map { $0.map(\.path) } ?? (remembered[index] ?? late[index])?.files ?? []
      if written[index] == nil { reused += paths }
      record.pages[pages[index].path] = PageRecord(
        inputs: fingerprint, facts: pageFacts, diagnostics: pageDiagnostics[index],
        references: referenceKeys[index], files: paths)
    }
    let searchIndex = SearchIndex(parts: searchParts(festivalStates, plan: plan, cache: cache))
    let finalInputs = inputs
    let (scripts, search) = Concurrently.run(jobs: options.jobs) {
      SiteNavigation.scripts(model: model, plan: plan) { festival, make in
        navigationSection(festival, plan: plan, cache: cache, make: make)
      }
    } _: {
      searchIndex.file(pages: pages, facts: facts, inputs: finalInputs, cache: cache)
    }
    files += scripts
    files.append(search)
    if let baseURL = options.baseURL { files.append(Sitemap.file(pages: pages, baseURL: baseURL)) }
    files += model.staticFiles.map { RenderedFile(path: $0.path, data: $0.data) }
    for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
      files.append(RenderedFile(path: "assets/" + path, data: data))
    }
    return Result(
      files: files, diagnostics: linkDiagnostics.sortedForOutput(), reused: reused,
      record: sources == nil ? RenderRecord() : record, renderedPages: rendered.counted)
  }

  /// Runs `work` for 0..<count on `jobs` threads, each taking every `jobs`-th index.
  private static func perform(jobs: Int, count: Int, _ work: @Sendable (Int) -> Void) {
    DispatchQueue.concurrentPerform(iterations: jobs) { worker in
      var index = worker
      while index < count {
        work(index)
        index += jobs
      }
    }
  }

  private static func lateBody(
    for page: PlannedPage, context: PageContext, catalogs: [NameCatalog], references: CrossReferences,
    diagnostics: [Diagnostic]
  ) -> PageBody {
    switch page.kind {
    case .nameIndex(let festival):
      return NameIndexPage.render(
        context, festival: festival, catalog: catalogs[festival], mentions: references.mentions[festival])
    case .diagnostics(let festival):
      return DiagnosticsPage.render(context, festival: festival, diagnostics: diagnostics)
    case .review(let festival):
      return ReviewPage.render(context, festival: festival, diagnostics: diagnostics)
    default:
      return PageBody(html: "")
    }
  }

  private static func body(for page: PlannedPage, context: PageContext, documents: [String: Document])
    -> PageBody
  {
    switch page.kind {
    case .siteIndex: return SiteIndexPage.render(context)
    case .notFound: return NotFoundPage.render(context)
    case .festivalHome(let festival): return FestivalHomePage.render(context, festival: festival)
    case .interfaces(let festival):
      guard let path = context.model.festivals[festival].interfaces?.path, let document = documents[path]
      else {
        return PageBody(html: "")
      }
      return DocumentPage.render(
        context, festival: festival, document: document,
        rowAnchors: context.plan.festivals[festival].rowAnchors)
    case .component(let festival, let index):
      return ComponentPage.render(context, festival: festival, component: index)
    case .endpoint(let festival, let index):
      return EndpointPage.render(context, festival: festival, endpoint: index)
    case .entity(let festival, let index):
      return EntityPage.render(context, festival: festival, entity: index)
    case .event(let festival, let index): return EventPage.render(context, festival: festival, event: index)
    case .queue(let festival, let index): return QueuePage.render(context, festival: festival, queue: index)
    case .systemGroup(let festival, let index):
      return SystemGroupPage.render(context, festival: festival, group: index)
    case .externalSystem(let festival, let index):
      return ExternalSystemPage.render(context, festival: festival, system: index)
    case .authorization(let festival): return AuthorizationPage.render(context, festival: festival)
    case .role(let festival, let index): return RolePage.render(context, festival: festival, role: index)
    case .resource(let festival, let index):
      return ResourcePage.render(context, festival: festival, resource: index)
    case .nameIndex, .diagnostics, .review: return PageBody(html: "")
    case .document(let festival, let path):
      guard let document = documents[path] else { return PageBody(html: "") }
      return DocumentPage.render(context, festival: festival, document: document)
    }
  }

  /// One look-up index per festival, in model order.
  static func indexes(model: ContentModel, plan: SitePlan) -> [FestivalIndex] {
    zip(model.festivals, plan.festivals).map { FestivalIndex($0.interfaces, componentPaths: $1.components) }
  }

  /// Every document's anchors (its headings, and for the interface document its row ids), so links
  /// can be checked before any page renders.
  static func anchors(model: ContentModel, plan: SitePlan) -> [String: Set<String>] {
    anchors(model: model, plan: plan, cache: nil, keyed: false).sets
  }
}
