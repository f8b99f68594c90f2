import ContentReader
import Diagnostics
import Diagrams
import FestivalChecks
import FestivalModel
import Foundation
import PageRenderer
import SitePlan

/// The stages `check` and `build` share: read, model, check, plan, render in memory; then every finding
/// weighed by the rule settings. Only `build` goes on to write.
struct SiteAnalysis {
  var model: ContentModel
  var plan: SitePlan
  var rendered: SiteRenderer.Result
  var diagnostics: [Diagnostic]
  var filesRead: Int

  static func run(
    content: ContentOptions, rules: RuleOptions, themeFolder: String?, jobs: Int, timings: inout BuildTimings,
    baseURL: String? = nil, previous: RenderRecord? = nil, caches: BuildCaches? = nil,
    progress: ProgressLine? = nil
  ) throws -> SiteAnalysis {
    progress?.show("reading")
    let inventory = try timings.measure("read") { () throws -> ContentInventory in
      do {
        return try ContentReader.read(root: content.contentURL, cache: caches?.files)
      } catch let error as ContentReadError {
        throw FestdocError(error.description)
      }
    }
    progress?.show("parsing")
    var parsing = Duration.zero
    let model = timings.measure("model") {
      FestivalModelBuilder.build(inventory, parsing: &parsing, cache: caches?.model)
    }
    timings.durations["model", default: .zero] -= parsing
    timings.durations["parse"] = parsing
    // Checking and planning both read the model alone; the plan's time is what both took.
    let (checks, plan) = timings.measure("plan") {
      Concurrently.run(jobs: jobs) {
        FestivalChecks.run(model, cache: caches?.checks)
      } _: {
        SitePlanner.plan(model, cache: caches?.plan)
      }
    }
    let theme: Theme
    do {
      theme = try Theme.load(overlay: themeFolder.map { URL(fileURLWithPath: $0) })
    } catch let error as Theme.LoadError {
      throw FestdocError(error.description)
    }
    var options = RenderOptions(
      siteTitle: model.siteTitle, version: FestdocVersion.current,
      source: content.contentURL.lastPathComponent, jobs: jobs)
    options.apply(model, baseURL: baseURL)
    var (policy, configurationFindings) = SeverityPolicy.from(
      rules: model.configuration.rules, lines: model.configuration.ruleLines, path: model.configuration.path)
    policy.disabled = Set(rules.disabledRules)
    policy.warningsAsErrors = rules.warningsAsErrors
    let weighing = policy
    let findings = model.diagnostics + checks + configurationFindings
    let rendered = timings.measure("render") {
      SiteRenderer.render(
        model: model, plan: plan, theme: theme, options: options, findings: findings,
        weigh: { weighing.apply($0) }, sources: Self.fingerprints(inventory, known: caches?.sources),
        previous: previous, layouts: caches?.layouts, cache: caches?.render
      ) { done, total in
        progress?.show("rendering \(done)/\(total)")
      }
    }
    progress?.clear()
    let all = findings + rendered.diagnostics
    let filesRead =
      inventory.festivals.reduce(0) { $0 + $1.documents.count + ($1.config == nil ? 0 : 1) }
      + inventory.looseDocuments.count + (inventory.siteConfig == nil ? 0 : 1)
    return SiteAnalysis(
      model: model, plan: plan, rendered: rendered, diagnostics: policy.apply(all).sortedForOutput(),
      filesRead: filesRead)
  }

  /// Every content file's fingerprint by path, for the incremental build's record.
  static func fingerprints(_ inventory: ContentInventory, known: SourceFingerprints? = nil)
    -> [String: String]
  {
    var files =
      inventory.looseDocuments
      + inventory.festivals.flatMap {
        // fest's state files decide statuses on every page of their festival.
        $0.documents + [$0.config, $0.progressEvents, $0.statusHistory].compactMap { $0 }
      }
    if let configuration = inventory.siteConfig { files.append(configuration) }
    var result: [String: String] = [:]
    for file in files {
      result[file.path] = known?.fingerprint(of: file.text, at: file.path) ?? Fingerprint.of(file.text)
    }
    known?.keep(only: Set(files.map(\.path)))
    for file in inventory.staticFiles {
      var hasher = Fingerprint()
      hasher.add(file.data)
      result[file.path] = hasher.value
    }
    return result
  }
}
