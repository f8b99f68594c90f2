import ArgumentParser
import ContentReader
import Diagnostics
import FestivalModel
import Foundation
import PageRenderer
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

  @Option(name: [.short, .long], help: "The folder to write the site into.")
  var output: String = "Output"

  @Option(help: "A theme folder whose files replace the default theme's.")
  var theme: String?

  @Option(help: "How many pages to render at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Stop without writing when an error-level diagnostic is found (exit 1).")
  var strict = false

  @Flag(help: "Print how long each stage took.")
  var timings = false

  @Flag(name: [.short, .long], help: "Print only diagnostics.")
  var quiet = false

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    let terminal = Terminal.standardError
    let clock = ContinuousClock()
    let started = clock.now
    var stageTimes = BuildTimings()
    let progress = ProgressLine(enabled: terminal.isInteractive && !quiet)
    progress.show("reading")
    let inventory = try stageTimes.measure("read") { try readContent() }
    progress.show("parsing")
    var parsing = Duration.zero
    let model = stageTimes.measure("model") { FestivalModelBuilder.build(inventory, parsing: &parsing) }
    stageTimes.durations["model", default: .zero] -= parsing
    stageTimes.durations["parse"] = parsing
    let plan = stageTimes.measure("plan") { SitePlanner.plan(model) }
    let loadedTheme = try loadTheme()
    let options = RenderOptions(
      version: FestdocVersion.current, source: URL(fileURLWithPath: contentOptions.content).lastPathComponent,
      jobs: jobs)
    let rendered = stageTimes.measure("render") {
      SiteRenderer.render(model: model, plan: plan, theme: loadedTheme, options: options) { done, total in
        progress.show("rendering \(done)/\(total)")
      }
    }
    progress.clear()
    let diagnostics = (model.diagnostics + rendered.diagnostics).sortedForOutput()
    DiagnosticPrinter.print(diagnostics, pathPrefix: contentOptions.pathPrefix, terminal: terminal)
    let errors = diagnostics.count(of: .error)
    if strict && errors > 0 {
      StandardError.write(
        "festdoc: \(errors) error\(errors == 1 ? "" : "s"); --strict leaves '\(output)' as it was\n")
      throw ExitCode(1)
    }
    try stageTimes.measure("write") {
      do {
        try SiteWriter.write(
          rendered.files.map { SiteFile(path: $0.path, data: $0.data) }, to: URL(fileURLWithPath: output))
      } catch let error as SiteWriteError {
        throw FestdocError(error.description)
      }
    }
    if timings { StandardError.write("Stages:\n" + stageTimes.report + "\n") }
    if !quiet {
      let seconds = BuildTimings.seconds(clock.now - started)
      let counts = Severity.allCases.reversed().map { severity -> String in
        let count = diagnostics.count(of: severity)
        return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
      }.joined(separator: ", ")
      print(
        "Built \(plan.pages.count) pages (\(counts)) in \(String(format: "%.2f", seconds)) s into \(output)/")
    }
  }

  private func readContent() throws -> ContentInventory {
    do {
      return try ContentReader.read(root: contentOptions.contentURL)
    } catch let error as ContentReadError {
      throw FestdocError(error.description)
    }
  }

  private func loadTheme() throws -> Theme {
    do {
      return try Theme.load(overlay: theme.map { URL(fileURLWithPath: $0) })
    } catch let error as Theme.LoadError {
      throw FestdocError(error.description)
    }
  }
}
