import ContentReader
import Diagnostics
import Diagrams
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
  /// What earlier builds worked out, reused while what it came from is unchanged.
  private let caches = BuildCaches()
  /// Whether a site has been written: until then there is nothing to serve.
  private(set) var hasSite = false
  /// What the served folder holds, so later builds change it in place: every path, and the bytes of
  /// the files no page owns (scripts, search index, assets), rewritten only when they differ.
  private var servedPaths: Set<String> = []
  private var servedShared: [String: Data] = [:]
  private let lock = NSLock()

  init(settings: Settings, live: LiveReload) {
    self.settings = settings
    self.live = live
  }

  /// Builds once; returns a line saying what happened. Serialized: the watcher's bursts never overlap.
  /// `changed` are the absolute paths the watcher saw change: their bytes are read again whatever
  /// their times say.
  @discardableResult
  func rebuild(changed: [String] = []) -> String {
    lock.lock()
    defer { lock.unlock() }
    let roots = Set([settings.content.contentURL.path, settings.content.contentURL.standardizedFileURL.path])
    caches.files.forget(
      changed.compactMap { path in
        roots.lazy.compactMap { root in
          path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : nil
        }
        .first
      })
    return build()
  }

  private func build() -> String {
    let clock = ContinuousClock()
    let started = clock.now
    var timings = BuildTimings()
    do {
      let analysis = try SiteAnalysis.run(
        content: settings.content, rules: settings.rules, themeFolder: settings.theme, jobs: settings.jobs,
        timings: &timings, previous: record, caches: caches)
      caches.layouts.endBuild()
      let errors = analysis.diagnostics.filter { $0.severity == .error }
      // The first build is written whatever it finds: there is no good site to keep yet.
      if !errors.isEmpty && hasSite {
        report(errors.map { $0.formatted(pathPrefix: settings.content.pathPrefix) })
        return "Kept the last good site: \(errors.count) error\(errors.count == 1 ? "" : "s")"
      }
      let rendered = analysis.rendered
      // Most of the site new (a contract edit): a fresh folder swapped in, as `build` does, costs less
      // than replacing thousands of files one by one, and is atomic.
      let inPlace = hasSite && rendered.files.count * 4 < rendered.files.count + rendered.reused.count
      do {
        try timings.measure("write") {
          if inPlace {
            try update(rendered)
          } else {
            try BuildCommand.write(rendered, to: settings.output)
            remember(rendered)
          }
        }
      } catch SiteWriteError.missingPrevious {
        // Someone removed a file of the served site the new one links to: build everything, once.
        record = nil
        servedShared = [:]
        return build()
      } catch let error as SiteWriteError {
        throw FestdocError(error.description)
      }
      record = rendered.record
      hasSite = true
      let seconds = String(format: "%.3f", BuildTimings.seconds(clock.now - started))
      if errors.isEmpty {
        let live = self.live
        Task { await live.reload() }
      } else {
        report(errors.map { $0.formatted(pathPrefix: settings.content.pathPrefix) })
      }
      // After the tabs were told: whether someone removed a page this build kept (then everything is
      // built again, once), and the record, which the next `build` of this folder needs.
      if inPlace {
        if let missing = try? SiteWriter.missing(rendered.reused, in: settings.output), !missing.isEmpty {
          record = nil
          servedShared = [:]
          return build()
        }
        try? timings.measure("record") {
          try SiteWriter.update(
            [SiteFile(path: RenderRecord.path, data: rendered.record.encoded())], in: settings.output)
        }
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

  /// Writes only what changed into the served folder. The record goes first, so a kill part way
  /// leaves no record and the next build of the folder is a full one.
  private func update(_ rendered: SiteRenderer.Result) throws {
    let (paths, shared) = Self.contents(of: rendered)
    // Pages written this time, and the shared files whose bytes are not those already served.
    let changed = rendered.files.filter { shared[$0.path] == nil || servedShared[$0.path] != $0.data }
    try SiteWriter.update(
      changed.map { SiteFile(path: $0.path, data: $0.data) },
      removing: [RenderRecord.path] + servedPaths.subtracting(paths).sorted(), in: settings.output)
    (servedPaths, servedShared) = (paths, shared)
  }

  private func remember(_ rendered: SiteRenderer.Result) {
    (servedPaths, servedShared) = Self.contents(of: rendered)
  }

  /// What a build's site holds: every path, and the bytes of the files no page owns.
  private static func contents(of rendered: SiteRenderer.Result) -> (Set<String>, [String: Data]) {
    let pageFiles = rendered.record.pageFiles
    let shared = Dictionary(
      rendered.files.lazy.filter { !pageFiles.contains($0.path) }.map { ($0.path, $0.data) },
      uniquingKeysWith: { _, last in last })
    return (Set(rendered.files.map(\.path)).union(rendered.reused), shared)
  }

  private func report(_ lines: [String]) {
    let live = self.live
    Task { await live.show(lines) }
  }
}
