import ContentReader
import Diagnostics
import Diagrams
import FestivalModel
import Foundation
import PageRenderer
import Parallelism
import PreviewServer
import SiteBuild
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
  /// The changes feed's diffs of the last build, so a save does not compare every commit again.
  private var historyCache: Data?
  /// What earlier builds worked out, reused while what it came from is unchanged.
  private let caches = BuildCaches()
  /// Whether a site has been written: until then there is nothing to serve.
  private(set) var hasSite = false
  /// What the served folder holds, so later builds change it in place: every path, and a digest of
  /// each file's bytes, so only files whose bytes differ are written (a contract edit renders every page
  /// again, and most come out as they were).
  private var servedPaths: Set<String> = []
  private var servedDigests: [String: FileDigest] = [:]
  private let lock = NSLock()
  /// Counts builds that wrote files: a record encoded for an earlier one is then not written.
  private var recordGeneration = 0
  private let recordWrites = DispatchGroup()

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
    var context = BuildContext(
      content: settings.content, rules: settings.rules, jobs: settings.jobs, caches: caches, previous: record)
    context.settings.themeFolder = settings.theme.map { URL(fileURLWithPath: $0) }
    context.settings.historyCache = historyCache
    do {
      try context.run(SiteBuild.site)
      historyCache = context.historyCache?.encoded() ?? historyCache
      caches.render.layouts.endBuild()
      let errors = context.diagnostics.filter { $0.severity == .error }
      // The first build is written whatever it finds: there is no good site to keep yet.
      if !errors.isEmpty && hasSite {
        report(errors.map { $0.formatted(pathPrefix: settings.content.pathPrefix) })
        return "Kept the last good site: \(errors.count) error\(errors.count == 1 ? "" : "s")"
      }
      let rendered = context.rendered!
      let inPlace: Bool
      // Files of the served folder this build did not write: kept pages, and files whose bytes came out
      // as they were.
      let untouched: [String]
      // A record still being encoded for an earlier build must not land beside this one's files.
      recordGeneration += 1
      do {
        (inPlace, untouched) = try context.timings.measure("write") { try write(rendered) }
      } catch SiteWriteError.missingPrevious {
        // Someone removed a file of the served site the new one links to: build everything, once.
        record = nil
        servedDigests = [:]
        return build()
      } catch let error as SiteWriteError {
        throw FestdocError(error.description)
      } catch let failure as BuildFailure {
        throw FestdocError(failure.description)
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
      // After the tabs were told: whether someone removed a file this build left as it was (then
      // everything is built again, once), and the record, which the next `build` of this folder needs.
      if inPlace {
        if let missing = try? SiteWriter.missing(untouched, in: settings.output), !missing.isEmpty {
          record = nil
          servedDigests = [:]
          return build()
        }
        writeRecordLater(rendered.record)
      }
      let stages = settings.timings ? "\n" + context.timings.report : ""
      return
        "Built \(context.plan!.pages.count) pages (\(rendered.renderedPages) rendered) in \(seconds) s"
        + stages
    } catch {
      let message = (error as? FestdocError)?.description ?? String(describing: error)
      report(["festdoc: error: \(message)"])
      return "Kept the last good site: \(message)"
    }
  }

  /// Encodes the record once the preview has been idle a moment, off the rebuild's path, and writes it
  /// unless a later build has begun writing by then: a thousand components' record takes a quarter of a
  /// second of one core, which a burst of saves should not share. The session keeps the record in
  /// memory; the file is for a later `festdoc build` (a preview killed before it leaves no record, so
  /// that build is a full one).
  private func writeRecordLater(_ record: RenderRecord) {
    let generation = recordGeneration
    recordWrites.enter()
    DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + Self.recordDelay) { [self] in
      defer { recordWrites.leave() }
      guard isCurrent(generation) else { return }
      let data = record.encoded()
      lock.lock()
      defer { lock.unlock() }
      guard generation == recordGeneration else { return }
      try? SiteWriter.update([SiteFile(path: RenderRecord.path, data: data)], in: settings.output)
    }
  }

  static let recordDelay = DispatchTimeInterval.milliseconds(500)

  private func isCurrent(_ generation: Int) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return generation == recordGeneration
  }

  /// Waits for the record of the last build to be written: before the preview ends.
  func finish() {
    recordWrites.wait()
  }

  /// Writes the site: in place when only some files changed, else swapped in whole as `build` does.
  /// Returns which it did and the served files this build left as they were.
  private func write(_ rendered: SiteRenderer.Result) throws -> (inPlace: Bool, untouched: [String]) {
    let digests = Self.digests(of: rendered.files, jobs: settings.jobs)
    let changed = rendered.files.indices.filter { servedDigests[rendered.files[$0].path] != digests[$0] }
    // Most of the site new: a fresh folder swapped in costs less than replacing thousands of files one
    // by one, and is atomic.
    guard hasSite && changed.count * 4 < rendered.files.count + rendered.reused.count else {
      try SiteBuild.writeSite(rendered, to: settings.output)
      remember(rendered, digests: digests)
      return (false, [])
    }
    try update(rendered, changed: changed, digests: digests)
    let written = Set(changed)
    let untouched =
      rendered.reused
      + rendered.files.indices.filter { !written.contains($0) }.map { rendered.files[$0].path }
    return (true, untouched)
  }

  /// Writes the files at `changed` (indexes into `rendered.files`) into the served folder and removes
  /// what the site no longer has. The record goes first, so a kill part way leaves no record and the
  /// next build of the folder is a full one.
  private func update(_ rendered: SiteRenderer.Result, changed: [Int], digests: [FileDigest]) throws {
    let paths = Set(rendered.files.map(\.path)).union(rendered.reused)
    let removed = servedPaths.subtracting(paths).sorted()
    try SiteWriter.update(
      changed.map { SiteFile(path: rendered.files[$0].path, data: rendered.files[$0].data) },
      removing: [RenderRecord.path] + removed, in: settings.output)
    for index in changed { servedDigests[rendered.files[index].path] = digests[index] }
    for path in removed { servedDigests[path] = nil }
    servedPaths = paths
  }

  /// After a whole site was written: its paths, and the digests of its files (those kept from the site
  /// before have the bytes they had).
  private func remember(_ rendered: SiteRenderer.Result, digests: [FileDigest]) {
    var known: [String: FileDigest] = [:]
    for path in rendered.reused { known[path] = servedDigests[path] }
    for (file, digest) in zip(rendered.files, digests) { known[file.path] = digest }
    servedDigests = known
    servedPaths = Set(rendered.files.map(\.path)).union(rendered.reused)
  }

  /// A fingerprint of each file's bytes, the two halves side by side when jobs allow.
  private static func digests(of files: [RenderedFile], jobs: Int) -> [FileDigest] {
    @Sendable func digests(_ part: ArraySlice<RenderedFile>) -> [FileDigest] {
      part.map { FileDigest.of($0.data) }
    }
    let half = files.count / 2
    let (first, second) = Concurrently.run(jobs: jobs) {
      digests(files[..<half])
    } _: {
      digests(files[half...])
    }
    return first + second
  }

  private func report(_ lines: [String]) {
    let live = self.live
    Task { await live.show(lines) }
  }
}
