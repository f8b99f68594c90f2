import ArgumentParser
import ChangeHistory
import ContentReader
import Diagnostics
import FestivalModel
import Foundation
import PageRenderer
import Parallelism
import SiteBuild
import SitePlan
import SiteWriter

/// `festdoc build`: content folder in, linked static site out.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build the site: read the content folder, check it, render every page, swap the site in.",
    discussion: """
      The site is written into a temporary folder beside OUTPUT and swapped in when complete, so a failed \
      build leaves the previous site as it was. festdoc refuses to replace a non-empty folder it did not \
      create.
      """)

  @OptionGroup var contentOptions: ContentOptions
  @OptionGroup var ruleOptions: RuleOptions

  @Option(name: [.short, .long], help: "The folder to write the site into.")
  var output: String = "Output"

  @Option(help: "A theme folder whose files replace the default theme's.")
  var theme: String?

  @Option(help: "How many pages to render at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(
    name: .customLong("base-url"),
    help: "Where the site will be published: adds canonical URLs and sitemap.xml (overrides base_url).")
  var baseURL: String?

  @Flag(help: "Stop without writing when an error-level diagnostic is found (exit 1).")
  var strict = false

  @Option(
    help: ArgumentHelp(
      "List the contract changes of the last N commits that touched the content on changes.html.",
      discussion: "Overrides festdoc.yml's `history`; 0 turns the feed off. Reads git.", valueName: "N"))
  var history: Int?

  @Flag(help: "Render every page, even those the previous build's record says are unchanged.")
  var full = false

  @Flag(help: "Print how long each stage took and the peak memory at its end.")
  var timings = false

  @Flag(name: [.short, .long], help: "Print only diagnostics.")
  var quiet = false

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    if let history, history < 0 { throw ValidationError("--history must be 0 or more") }
    if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
      throw ValidationError("--base-url must start with https:// or http://")
    }
  }

  func run() throws {
    let terminal = Terminal.standardError
    let clock = ContinuousClock()
    let started = clock.now
    let progress = ProgressLine(enabled: terminal.isInteractive && !quiet)
    let outputURL = URL(fileURLWithPath: output)
    var build = context(progress: progress)
    if !full { build.pendingPrevious = Pending { Self.previousRecord(in: outputURL) } }
    // Pages are written into a staging folder as they are rendered; it is removed unless swapped in.
    build.stagesInto = outputURL
    defer { build.staging?.abandon() }
    try build.run(SiteBuild.site)
    progress.clear()
    let diagnostics = build.diagnostics
    DiagnosticPrinter.print(diagnostics, pathPrefix: contentOptions.pathPrefix, terminal: terminal)
    let errors = diagnostics.count(of: .error)
    if strict && errors > 0 {
      StandardError.write(
        "festdoc: \(errors) error\(errors == 1 ? "" : "s"); --strict leaves '\(output)' as it was\n")
      throw ExitCode(1)
    }
    do {
      try build.run([SiteBuild.write(to: outputURL)])
    } catch SiteWriteError.missingPrevious {
      // The previous site lost a file it was to give: render everything instead.
      let timings = build.timings
      build = context(progress: progress)
      build.timings = timings
      build.stagesInto = outputURL
      try build.run(SiteBuild.site + [SiteBuild.write(to: outputURL)])
      progress.clear()
    }
    if timings { StandardError.write("Stages:\n" + build.timings.report + "\n") }
    if !quiet {
      let seconds = BuildTimings.seconds(clock.now - started)
      let counts = Severity.allCases.reversed().map { severity -> String in
        let count = diagnostics.count(of: severity)
        return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
      }.joined(separator: ", ")
      let pages = build.plan!.pages.count
      let rendered = build.rendered!.renderedPages
      let unchanged = rendered < pages ? ", \(pages - rendered) unchanged" : ""
      print(
        "Built \(pages) pages\(unchanged) (\(counts)) in \(String(format: "%.2f", seconds)) s into \(output)/"
      )
    }
    Self.lastBuild = build
  }

  /// The finished build, held so that the process ends without taking it apart: it exits right after,
  /// and freeing a 10,000-component model and record took a third of a second. Only the last is held.
  nonisolated(unsafe) private static var lastBuild: BuildContext?

  /// The build this command's options describe.
  private func context(progress: ProgressLine) -> BuildContext {
    var build = BuildContext(content: contentOptions, rules: ruleOptions, jobs: jobs)
    build.settings.themeFolder = theme.map { URL(fileURLWithPath: $0) }
    build.settings.baseURL = baseURL
    build.settings.history = history
    build.settings.historyCache = Self.previousFile(HistoryCache.path, in: URL(fileURLWithPath: output))
    // The process exits right after the write: the replaced site is removed by a detached process.
    build.settings.retiredSiteRemoval = .detached
    build.progress = { progress.show($0) }
    return build
  }

  /// The record of the build that wrote `output`, when there is one festdoc can read.
  static func previousRecord(in output: URL) -> RenderRecord? {
    previousFile(RenderRecord.path, in: output).flatMap(RenderRecord.decode)
  }

  /// A file the build that wrote `output` kept for the next one, when `output` is a site festdoc wrote.
  static func previousFile(_ path: String, in output: URL) -> Data? {
    let folder = output.standardizedFileURL
    guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(SiteWriter.marker).path) else {
      return nil
    }
    return FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
  }
}
