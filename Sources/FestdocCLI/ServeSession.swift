import Diagnostics
import FestivalModel
import Foundation
import PageRenderer
import PreviewServer
import SiteWriter

/// The builds of one `serve`: each incremental on the last, each either swapped in (and the tabs
/// reloaded) or, when it has error-level diagnostics, kept back with the tabs showing why.
final class ServeSession: @unchecked Sendable {
  struct Settings {
    var content: ContentOptions
    var rules: RuleOptions
    var theme: String?
    var jobs: Int
    var output: URL
    /// Say how long each stage of every rebuild took.
    var timings = false
  }

  let settings: Settings
  let live: LiveReload
  private var record: RenderRecord?
  /// Parsed documents and contracts of earlier builds, reused while their files are unchanged.
  private let cache = ModelCache()
  /// Whether a site has been written: until then there is nothing to serve.
  private(set) var hasSite = false
  private let lock = NSLock()

  init(settings: Settings, live: LiveReload) {
    self.settings = settings
    self.live = live
  }

  /// Builds once; returns a line saying what happened. Serialized: the watcher's bursts never overlap.
  @discardableResult
  func rebuild() -> String {
    lock.lock()
    defer { lock.unlock() }
    return build()
  }

  private func build() -> String {
    let clock = ContinuousClock()
    let started = clock.now
    var timings = BuildTimings()
    do {
      let analysis = try SiteAnalysis.run(
        content: settings.content, rules: settings.rules, themeFolder: settings.theme, jobs: settings.jobs,
        timings: &timings, previous: record, cache: cache)
      let errors = analysis.diagnostics.filter { $0.severity == .error }
      // The first build is written whatever it finds: there is no good site to keep yet.
      if !errors.isEmpty && hasSite {
        report(errors.map { $0.formatted(pathPrefix: settings.content.pathPrefix) })
        return "Kept the last good site: \(errors.count) error\(errors.count == 1 ? "" : "s")"
      }
      do {
        try timings.measure("write") { try BuildCommand.write(analysis.rendered, to: settings.output) }
      } catch SiteWriteError.missingPrevious {
        // Someone removed a file of the served site: build everything again, once.
        record = nil
        return build()
      }
      record = analysis.rendered.record
      hasSite = true
      let seconds = String(format: "%.3f", BuildTimings.seconds(clock.now - started))
      if errors.isEmpty {
        let live = self.live
        Task { await live.reload() }
      } else {
        report(errors.map { $0.formatted(pathPrefix: settings.content.pathPrefix) })
      }
      let stages = settings.timings ? "\n" + timings.report : ""
      return
        "Built \(analysis.plan.pages.count) pages (\(analysis.rendered.renderedPages) rendered) in \(seconds) s"
        + stages
    } catch {
      let message = (error as? FestdocError)?.description ?? String(describing: error)
      report(["festdoc: error: \(message)"])
      return "Kept the last good site: \(message)"
    }
  }

  private func report(_ lines: [String]) {
    let live = self.live
    Task { await live.show(lines) }
  }
}
