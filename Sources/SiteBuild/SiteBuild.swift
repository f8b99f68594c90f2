import ChangeHistory
import ContentReader
import Diagnostics
import FestivalChecks
import FestivalModel
import Foundation
import PageRenderer
import Parallelism
import SitePlan
import SiteWriter

/// The build, as named steps over one context: read the content folder, build the model, check it, plan
/// the site, resolve every link and diagram, render the pages, write them. Every finding arises before
/// rendering, so `festdoc check` runs the steps up to `resolve` and stops. The CLI, the fuzzers and the
/// tests all run these lists (docs/architecture.md).
public enum SiteBuild {
  /// What `festdoc check` runs: everything that can report.
  public static let checking: [BuildStep] = [read, parse, model, check, plan, resolve]
  /// A site in memory: `build` adds `write(to:)`, `export` and `serve` write their own way.
  public static let site: [BuildStep] = [
    read, parse, model, history, check, drawAhead, plan, tablesAhead, resolve, render,
  ]
  /// Content already in memory (the fuzzers, tests): the site without the read step.
  public static let fromInventory: [BuildStep] = [
    parse, model, check, drawAhead, plan, tablesAhead, resolve, render,
  ]

  /// Runs `steps` in order, timing each under its name.
  public static func run(_ steps: [BuildStep], _ context: inout BuildContext) throws {
    let clock = ContinuousClock()
    // A step that throws still leaves the check step's findings in place.
    defer { context.settleChecks() }
    for step in steps {
      let started = clock.now
      try step.body(&context)
      context.timings.record(step.name, clock.now - started)
    }
  }

  /// Every content file and the theme's overlay, as text and bytes.
  public static let read = BuildStep("read") { context in
    context.progress?("reading")
    do {
      let root = context.settings.content
      let inventory =
        try context.caches.map { try $0.files.read(root: root) } ?? ContentReader.read(root: root)
      context.inventory = inventory
      context.filesRead =
        inventory.festivals.reduce(0) { $0 + $1.documents.count + ($1.config == nil ? 0 : 1) }
        + inventory.looseDocuments.count + (inventory.siteConfig == nil ? 0 : 1)
    } catch let error as ContentReadError {
      throw BuildFailure(error.description)
    }
  }

  /// Every document's markdown (cmark-gfm, converted to Swift values at once) and front matter parsed.
  public static let parse = BuildStep("parse") { context in
    context.progress?("parsing")
    let inventory = context.required(context.inventory, "read")
    let jobs = context.settings.jobs
    context.parsed =
      context.caches?.model.parse(inventory, jobs: jobs) ?? FestivalModelBuilder.parse(inventory, jobs: jobs)
  }

  /// Every festival turned into the typed model: plan tree, fest's state, the contract and its graph; the
  /// findings of parsing and reading.
  public static let model = BuildStep("model") { context in
    let (inventory, parsed) = (
      context.required(context.inventory, "read"), context.required(context.parsed, "parse")
    )
    let model =
      context.caches?.model.build(inventory, parsed: parsed)
      ?? FestivalModelBuilder.build(inventory, parsed: parsed, jobs: context.settings.jobs)
    context.model = model
    context.findings += model.diagnostics
  }

  /// The changes feed's commits, when `--history` or festdoc.yml's `history` asks for them: read from
  /// git around the content folder, diffs taken from the previous build's cache where it has them.
  public static let history = BuildStep("history") { context in
    let model = context.required(context.model, "model")
    let count = context.settings.history ?? model.configuration.history ?? 0
    guard count > 0 else { return }
    var cache = context.settings.historyCache.map(HistoryCache.init(decoding:)) ?? HistoryCache()
    context.history = ContentHistory.read(content: context.settings.content, count: count, cache: &cache)
    context.historyCache = cache
  }

  /// The rules over the model, and how festdoc.yml and the options weigh every finding. With more than
  /// one job the rules run on a helper thread beside the plan and resolve steps, which need nothing of
  /// theirs; the render step, and the end of `run`, wait for them (`settleChecks`).
  public static let check = BuildStep("check") { context in
    let model = context.required(context.model, "model")
    let checks = context.caches?.checks
    let findings = Pending(beside: context.settings.jobs > 1) {
      checks?.run(model) ?? FestivalChecks.run(model)
    }
    context.pendingChecks = (findings, context.findings.count)
    let configuration = model.configuration
    var (policy, problems) = SeverityPolicy.from(
      rules: configuration.rules, lines: configuration.ruleLines, path: configuration.path)
    policy.disabled = Set(context.settings.disabledRules)
    policy.warningsAsErrors = context.settings.warningsAsErrors
    context.policy = policy
    context.findings += problems
  }

  /// Starts laying out the component neighbourhoods on a helper thread, for a build that will render
  /// every page with more than one job: the plan and resolve steps leave a core idle, and the render
  /// takes the drawings (`DrawingsAhead`). An incremental build, which renders few component pages, and
  /// a preview session, which keeps its drawings, lay out only what they render.
  public static let drawAhead = BuildStep("drawAhead") { context in
    let model = context.required(context.model, "model")
    guard context.settings.jobs > 1, context.caches == nil, context.previous == nil,
      context.pendingPrevious?.value == nil
    else { return }
    context.drawingsAhead = DrawingsAhead(model)
  }

  /// Every page the site will have, with its path and title.
  public static let plan = BuildStep("plan") { context in
    let model = context.required(context.model, "model")
    let feed = context.history != nil
    context.plan =
      context.caches?.plan.plan(model, changesFeed: feed) ?? SitePlanner.plan(model, changesFeed: feed)
  }

  /// Starts the render's festival tables (look-up index, name catalog, mention matcher and, for a build
  /// that keeps a record, the contract's fingerprints) on a helper thread with more than one job: the
  /// resolve step needs none of them and mostly leaves a core idle. A preview session's are made with its
  /// render cache, as its render would make them.
  public static let tablesAhead = BuildStep("tablesAhead") { context in
    let (model, plan) = (context.required(context.model, "model"), context.required(context.plan, "plan"))
    guard context.settings.jobs > 1 else { return }
    let fingerprints = context.settings.keepsRecord && context.inventory != nil
    context.tablesAhead = FestivalTablesAhead(
      model: model, plan: plan, fingerprints: fingerprints, jobs: context.settings.jobs,
      cache: context.caches?.render)
  }

  /// Anchors, links, images and diagrams worked out for every rendered document; their findings.
  public static let resolve = BuildStep("resolve") { context in
    let (model, plan) = (context.required(context.model, "model"), context.required(context.plan, "plan"))
    let jobs = context.settings.jobs
    let resolved =
      context.caches?.resolve.resolve(model: model, plan: plan, jobs: jobs)
      ?? SiteResolver.resolve(model: model, plan: plan, jobs: jobs)
    context.resolved = resolved
    context.findings += resolved.diagnostics
  }

  /// Every page through the theme, in memory.
  public static let render = BuildStep("render") { context in
    context.settleChecks()
    if let output = context.stagesInto, context.staging == nil {
      do {
        context.staging = try SiteStaging(output: output)
      } catch let error as SiteWriteError {
        throw BuildFailure(error.description)
      }
    }
    let input = try renderInput(context)
    context.theme = input.theme
    let progress: @Sendable (Int, Int) -> Void = { [progress = context.progress] done, total in
      progress?("rendering \(done)/\(total)")
    }
    let rendered =
      context.caches?.render.render(input, progress: progress)
      ?? SiteRenderer.render(input, progress: progress)
    context.drawingsAhead = nil
    context.tablesAhead = nil
    if let failure = rendered.sinkFailure { throw BuildFailure(failure) }
    context.rendered = rendered
  }

  /// The rendered site, its record and the previous site's unchanged files, swapped into `output` at once.
  /// `SiteWriteError.missingPrevious` is left for the caller, who renders everything and writes again.
  public static func write(to output: URL) -> BuildStep {
    BuildStep("write") { context in
      let rendered = context.required(context.rendered, "render")
      guard let staging = context.staging else {
        return try writeSite(rendered, to: output, history: context.historyCache)
      }
      try finish(
        staging, rendered, history: context.historyCache, removal: context.settings.retiredSiteRemoval)
    }
  }

  /// The site-wide files and the record added to a staging folder whose pages are written, then
  /// swapped in.
  static func finish(
    _ staging: SiteStaging, _ rendered: SiteRenderer.Result, history: HistoryCache?,
    removal: RetiredSiteRemoval
  ) throws {
    do {
      try staging.add(siteFiles(rendered, history: history))
      try staging.finish(reusing: rendered.reused, removal: removal)
    } catch let error as SiteWriteError {
      staging.abandon()
      if case .missingPrevious = error { throw error }
      throw BuildFailure(error.description)
    }
  }

  /// What the write step writes besides pages handed over as they were rendered: the files in
  /// `rendered`, the record and the history cache.
  static func siteFiles(_ rendered: SiteRenderer.Result, history: HistoryCache?) -> [SiteFile] {
    var files = rendered.files.map { SiteFile(path: $0.path, data: $0.data) }
    files.append(SiteFile(path: RenderRecord.path, data: rendered.encodedRecord ?? rendered.record.encoded()))
    if let history { files.append(SiteFile(path: HistoryCache.path, data: history.encoded())) }
    return files
  }

  /// `rendered` and its record swapped into `output`, keeping the previous site's files it reuses.
  public static func writeSite(_ rendered: SiteRenderer.Result, to output: URL, history: HistoryCache? = nil)
    throws
  {
    do {
      try SiteWriter.write(siteFiles(rendered, history: history), reusing: rendered.reused, to: output)
    } catch let error as SiteWriteError {
      if case .missingPrevious = error { throw error }
      throw BuildFailure(error.description)
    }
  }

  /// What the render step draws from, gathered from the context.
  static func renderInput(_ context: BuildContext) throws -> RenderInput {
    let model = context.required(context.model, "model")
    let theme: Theme
    do {
      theme = try Theme.load(overlay: context.settings.themeFolder)
    } catch let error as Theme.LoadError {
      throw BuildFailure(error.description)
    }
    var options = RenderOptions(
      siteTitle: model.siteTitle, version: context.settings.version,
      source: context.settings.content.lastPathComponent, jobs: context.settings.jobs)
    options.apply(model, baseURL: context.settings.baseURL)
    options.rendersSections = context.settings.rendersSections
    options.history = context.history
    var input = RenderInput(
      model: model, plan: context.required(context.plan, "plan"),
      resolved: context.required(context.resolved, "resolve"), theme: theme, options: options,
      findings: context.diagnostics)
    if context.settings.keepsRecord, let inventory = context.inventory {
      input.sources = inventory.fingerprints(known: context.caches?.sources)
    }
    input.previous = context.previous ?? context.pendingPrevious?.value
    input.drawingsAhead = context.drawingsAhead
    input.tablesAhead = context.tablesAhead
    if let staging = context.staging {
      input.pageSink = { path, data in try staging.add(SiteFile(path: path, data: data)) }
      input.scratchFile = staging.scratchFile
      input.heldPageBytes = context.settings.heldPageBytes
      input.encodesRecord = true
    }
    return input
  }
}
