import Diagnostics
import FestivalModel
import Foundation
import Parallelism
import SitePlan

/// One render of a site, in the order its parts depend on each other: the pages drawn from the model
/// alone, the cross-references their bodies make, the pages drawn from the others (A-Z index, review,
/// diagnostics), every page laid out, then the record and the site-wide files.
final class RenderPass: @unchecked Sendable {
  let input: RenderInput
  /// A preview session's memory of earlier builds; nil for a one-off build.
  let memo: RenderCache?
  let progress: (@Sendable (Int, Int) -> Void)?
  let pages: [PlannedPage]
  let documents: [String: Document]
  let festivalStates: [SiteRenderer.FestivalState]
  let indexes: [FestivalIndex]
  let resolver: LinkResolver
  /// The part of every page's inputs the whole site shares; nil without sources.
  let siteKey: String?
  /// Each page's input fingerprint; nil without sources.
  private(set) var inputs: [String?]
  /// Pages drawn from the model whose previous record still holds.
  private(set) var remembered: [PageRecord?] = []
  private let bodies: HeldBodies
  private let pageFacts: Slots<PageFacts>
  private let sections: Slots<String>
  private let counter = Slots<Int>(count: 0)
  private let rendered = Slots<Int>(count: 0)
  private let sinkFailures = Slots<String>(count: 1)
  /// Drawings of pages drawn in the first pass that went to the sink then, by path.
  private let handedDrawings: Slots<[RenderedFile]>

  init(_ input: RenderInput, memo: RenderCache?, progress: (@Sendable (Int, Int) -> Void)?) {
    self.input = input
    self.memo = memo
    self.progress = progress
    let model = input.model
    pages = input.plan.pages
    documents = input.resolved.documents
    let ahead = input.tablesAhead?.tables
    festivalStates =
      ahead?.states
      ?? SiteRenderer.festivalStates(model: model, plan: input.plan, cache: memo, jobs: input.options.jobs)
    let indexes = festivalStates.map(\.index)
    self.indexes = indexes
    let resolver = LinkResolver(
      plan: input.plan, anchors: input.resolved.anchors, files: Set(model.staticFiles.map(\.path)))
    self.resolver = resolver
    let states = festivalStates
    let fingerprinted = input.sources.map { sources in
      let contracts =
        ahead?.fingerprints
        ?? SiteRenderer.contractFingerprints(
          model: model, plan: input.plan, states: states, cache: memo, jobs: input.options.jobs)
      let subjectSources = model.festivals.indices.map { festival in
        model.festivals[festival].interfaces.map { PageSubjects.Source($0, lookup: indexes[festival]) }
      }
      return PageInputs.fingerprints(
        model: model, plan: input.plan, theme: input.theme, options: input.options, sources: sources,
        anchors: resolver.linkedAnchors(input.resolved.anchorTargets),
        contracts: contracts, cache: memo, jobs: input.options.jobs
      ) { festival, element in
        guard let source = subjectSources[festival] else { return [element] }
        return PageSubjects.of(element, in: source)
      } homePlanView: { festival, path, siteKey in
        RenderPass.planView(
          festival, path: path, siteKey: siteKey, model: model, plan: input.plan, indexes: indexes, memo: memo
        )
      }
    }
    siteKey = fingerprinted?.site
    inputs = fingerprinted?.pages ?? Array(repeating: nil, count: pages.count)
    bodies = HeldBodies(count: pages.count, scratch: input.scratchFile, budget: input.heldPageBytes)
    handedDrawings = Slots<[RenderedFile]>(count: pages.count)
    pageFacts = Slots<PageFacts>(count: pages.count)
    sections = Slots<String>(count: input.options.rendersSections ? pages.count : 0)
    remembered = pages.indices.map { pages[$0].kind.isDrawnFromOtherPages ? nil : recorded($0) }
  }

  var jobs: Int { input.options.jobs }

  /// What a festival's home shows of its plan, for the home's inputs: a preview keeps it while the plan,
  /// the states and the site's titles are as they were.
  static func planView(
    _ festival: Int, path: String, siteKey: String, model: ContentModel, plan: SitePlan,
    indexes: [FestivalIndex], memo: RenderCache?
  ) -> String {
    let inputs = memo.map { _ in
      PageInputs.PlanViewInputs(siteKey: siteKey, festival: model.festivals[festival])
    }
    if let inputs, let kept = memo?.planViews[path], kept.inputs == inputs {
      memo?.countPlanViewHit()
      return kept.view
    }
    let view = FestivalHomePage.planView(
      FestivalContext(
        festival: model.festivals[festival], plan: plan.festivals[festival], index: festival,
        pagePath: path, lookup: indexes[festival])
    ).all
    if let inputs { memo?.planViews[path] = (inputs, view) }
    return view
  }

  func context(_ index: Int) -> PageContext {
    PageContext(
      model: input.model, plan: input.plan, page: pages[index], resolver: resolver,
      resolved: input.resolved, indexes: indexes, layouts: memo?.layouts, history: input.options.history,
      documentBlocks: memo?.documentBlocks, siteKey: siteKey, drawingsAhead: input.drawingsAhead)
  }

  /// The previous build's record of a page whose inputs match it: taken instead of rendered.
  func recorded(_ index: Int) -> PageRecord? {
    guard let fingerprint = inputs[index], let record = input.previous?.pages[pages[index].path],
      record.inputs == fingerprint
    else { return nil }
    return record
  }

  func run() -> SiteRenderer.Result {
    // The pages are drawn on every core now: the helper would only take one from them.
    input.drawingsAhead?.stop()
    drawPagesFromModel()
    let facts = pageFacts.all
    let (references, referenceKeys, mentionKeys) = SiteRenderer.crossReferences(
      pages: pages, facts: facts, catalogs: festivalStates.map(\.catalog), inputs: inputs, siteKey: siteKey,
      reusable: festivalStates.allSatisfy(\.cached), jobs: jobs, cache: memo)
    completeLateInputs(mentionKeys: mentionKeys)
    let late = pages.indices.map { pages[$0].kind.isDrawnFromOtherPages ? recorded($0) : nil }
    let written = layOut(facts: facts, references: references, referenceKeys: referenceKeys, late: late)
    bodies.close()
    var (files, reused, record) = collect(
      written: written, facts: facts, referenceKeys: referenceKeys, late: late)
    if input.sources == nil { record = RenderRecord() }
    let (siteFiles, encodedRecord) = siteFiles(facts: facts, encoding: input.encodesRecord ? record : nil)
    files += siteFiles
    var result = SiteRenderer.Result(
      files: files, reused: reused, record: record, renderedPages: rendered.counted)
    result.encodedRecord = encodedRecord
    result.sinkFailure = sinkFailures.all[0] ?? bodies.failure
    for (index, section) in sections.all.enumerated() {
      if let section { result.sections[pages[index].path] = section }
    }
    return result
  }

  /// First pass: every page drawn from the model alone, with what it mentions and links to.
  private func drawPagesFromModel() {
    let matchers = festivalStates.map(\.matcher)
    let links = LinkTargetCache()
    Concurrently.forEach(jobs: jobs, count: pages.count) { index in
      let page = self.pages[index]
      guard !page.kind.isDrawnFromOtherPages else { return }
      if let record = self.remembered[index] {
        self.pageFacts.set(index, record.facts)
        self.progress?(self.counter.increment(), self.pages.count)
        return
      }
      _ = self.rendered.increment()
      var body = SiteRenderer.body(for: page, context: self.context(index), documents: self.documents)
      self.pageFacts.set(
        index,
        PageFacts(body: body, page: page, matcher: page.kind.festival.map { matchers[$0] }, links: links))
      // Drawings do not depend on who refers to the page: with a sink they go out now, not after every
      // page of the site is drawn (a fifth of a large site's bytes).
      if self.input.pageSink != nil && !body.files.isEmpty {
        self.handedDrawings.set(index, self.handOver(body.files))
        body.files = []
      }
      // The facts hold what the body says; the layout reads its HTML alone.
      body.html = body.html.htmlOnly
      self.bodies.set(index, body)
      self.progress?(self.counter.increment(), self.pages.count)
    }
  }

  /// The pages drawn from the others are the same when what they show is: the A-Z index its festival's
  /// mentions, the review and diagnostics pages the findings.
  private func completeLateInputs(mentionKeys: [String]) {
    let findingsKey = Fingerprint.of(input.findings.map { $0.formatted() }.joined(separator: "\n"))
    for index in pages.indices where inputs[index] != nil {
      switch pages[index].kind {
      case .nameIndex(let festival): inputs[index] = Fingerprint.of(inputs[index]!, mentionKeys[festival])
      case .review, .diagnostics: inputs[index] = Fingerprint.of(inputs[index]!, findingsKey)
      default: continue
      }
    }
  }

  /// Then the pages drawn from the others, and every page laid out with its cross-references. Each body
  /// is let go once laid out, so the site is not held twice.
  private func layOut(
    facts: [PageFacts?], references: CrossReferences, referenceKeys: [String], late: [PageRecord?]
  )
    -> [[RenderedFile]?]
  {
    let output = Slots<[RenderedFile]>(count: pages.count)
    let catalogs = festivalStates.map(\.catalog)
    Concurrently.forEach(jobs: jobs, count: pages.count) { index in
      if let record = self.remembered[index] ?? late[index], record.references == referenceKeys[index] {
        return
      }
      let page = self.pages[index]
      let pageContext = self.context(index)
      var body: PageBody
      var headings: [Markup.Heading] = facts[index]?.headings ?? []
      if let done = self.bodies.take(index) {
        body = done
      } else if self.remembered[index] != nil {
        // Unchanged, but referenced by other pages than before: drawn again to be laid out again.
        body = SiteRenderer.body(for: page, context: pageContext, documents: self.documents)
        _ = self.rendered.increment()
      } else {
        body = SiteRenderer.lateBody(
          for: page, context: pageContext, catalogs: catalogs, references: references,
          diagnostics: self.input.findings)
        headings = PageFacts.outline(body.html)
        _ = self.rendered.increment()
        self.progress?(self.counter.increment(), self.pages.count)
      }
      let html = PageLayout.render(
        body, headings: headings, referencedBy: references.referencedBy[index], context: pageContext,
        theme: self.input.theme, options: self.input.options, section: self.input.options.rendersSections)
      body.html = Markup()  // laid out: let a large page's body go before its bytes are made
      // The single-file export needs each page's section, never the page itself.
      if self.input.options.rendersSections {
        self.sections.set(index, html)
        output.set(index, body.files)
      } else {
        let drawings = self.handedDrawings.take(index) ?? []
        output.set(
          index,
          self.handOver([RenderedFile(path: page.path, data: Data(html.utf8))]) + drawings
            + self.handOver(body.files))
      }
    }
    return output.all
  }

  /// `files` given to the input's page sink, if it has one, and kept by path only; else kept whole.
  private func handOver(_ files: [RenderedFile]) -> [RenderedFile] {
    guard let sink = input.pageSink else { return files }
    do {
      for file in files { try sink(file.path, file.data) }
    } catch {
      sinkFailures.set(0, String(describing: error))
    }
    return files.map { RenderedFile(path: $0.path, data: Data()) }
  }

  /// The files written, the previous build's files kept, and the record for the next build.
  private func collect(
    written: [[RenderedFile]?], facts: [PageFacts?], referenceKeys: [String], late: [PageRecord?]
  ) -> (files: [RenderedFile], reused: [String], record: RenderRecord) {
    var reused: [String] = []
    var record = RenderRecord()
    record.pages.reserveCapacity(pages.count)
    record.source = input.previous?.source
    for index in pages.indices {
      // A page neither drawn nor laid out again keeps its record as it was.
      if written[index] == nil, let kept = remembered[index] ?? late[index], kept.inputs == inputs[index],
        kept.references == referenceKeys[index]
      {
        reused += kept.files
        record.pages[pages[index].path] = kept
        continue
      }
      let isLate = pages[index].kind.isDrawnFromOtherPages
      guard let fingerprint = inputs[index], let pageFacts = facts[index] ?? (isLate ? PageFacts() : nil)
      else { continue }
      let paths = written[index].map { $0.map(\.path) } ?? (remembered[index] ?? late[index])?.files ?? []
      if written[index] == nil { reused += paths }
      record.pages[pages[index].path] = PageRecord(
        inputs: fingerprint, facts: pageFacts, references: referenceKeys[index], files: paths)
    }
    // Pages handed to a sink are written already.
    let files = input.pageSink == nil ? written.compactMap { $0 }.flatMap { $0 } : []
    return (files, reused, record)
  }

  /// The sidebar scripts, search index, sitemap, static files and theme assets.
  /// With a `record` to encode, also its bytes, made beside the search index (the sidebar scripts take
  /// a fraction of its time, so a core would wait).
  private func siteFiles(facts: [PageFacts?], encoding record: RenderRecord?) -> ([RenderedFile], Data?) {
    let (model, plan, cache) = (input.model, input.plan, memo)
    let searchIndex = SearchIndex(parts: SiteRenderer.searchParts(festivalStates, plan: plan, cache: cache))
    let finalInputs = inputs
    let pages = self.pages
    let siteKey = self.siteKey
    let ((scripts, encoded), search) = Concurrently.run(jobs: jobs) {
      let scripts = SiteNavigation.scripts(model: model, plan: plan) { festival, make in
        SiteRenderer.navigationSection(festival, plan: plan, cache: cache, make: make)
      } written: { festival, whole, make in
        SiteRenderer.navigationFiles(festival, whole: whole, plan: plan, cache: cache, make: make)
      } planItems: { festival, make in
        SiteRenderer.navigationItems(
          festival, model: model, plan: plan, siteKey: siteKey, cache: cache, make: make)
      }
      return (scripts, record?.encoded(jobs: jobs))
    } _: {
      searchIndex.files(pages: pages, facts: facts, inputs: finalInputs, cache: cache, jobs: jobs)
    }
    var files = scripts + search
    if let baseURL = input.options.baseURL { files.append(Sitemap.file(pages: pages, baseURL: baseURL)) }
    files += model.staticFiles.map { RenderedFile(path: $0.path, data: $0.data) }
    for (path, data) in input.theme.assets.sorted(by: { $0.key < $1.key }) {
      files.append(RenderedFile(path: "assets/" + path, data: data))
    }
    return (files, encoded)
  }
}
