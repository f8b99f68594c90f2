import ArgumentParser
import Foundation
import PreviewServer

/// `festdoc serve`: builds the site, serves it on loopback, and rebuilds and reloads on every edit.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Build the site, serve it, and rebuild and reload open pages on every edit.",
    discussion: """
      The site is built into a temporary folder (or --output) and served over HTTP. The content and theme \
      folders are watched; each edit rebuilds the pages it touches and reloads the open tabs. An edit that \
      leaves error-level diagnostics keeps the last good site and shows them over the page until fixed.
      """)

  @OptionGroup var contentOptions: ContentOptions
  @OptionGroup var ruleOptions: RuleOptions

  @Option(help: "The port to listen on (0: any free port).")
  var port: Int = 8000

  @Option(help: "The address to listen on; loopback unless you mean to share the preview.")
  var host: String = "127.0.0.1"

  @Option(name: [.short, .long], help: "Build into this folder instead of a temporary one.")
  var output: String?

  @Option(help: "A theme folder whose files replace the default theme's (watched too).")
  var theme: String?

  @Option(help: "How many pages to render at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Print how long each stage of every rebuild took.")
  var timings = false

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: contentOptions.contentURL.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw FestdocError("content folder '\(contentOptions.content)' does not exist") }
    let temporary = output == nil
    if temporary { Self.removeStaleTemporarySites() }
    let outputURL =
      output.map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("festdoc-serve-\(getpid())/site")
    let live = LiveReload()
    let session = ServeSession(
      settings: .init(
        content: contentOptions, rules: ruleOptions, theme: theme, jobs: jobs, output: outputURL,
        timings: timings),
      live: live)
    let first = session.rebuild()
    // A first build that could not be written leaves nothing to serve: say why and stop (exit 2).
    guard session.hasSite else {
      throw FestdocError(first.replacingOccurrences(of: "Kept the last good site: ", with: ""))
    }
    Self.say(first)
    let ignored = [outputURL.standardizedFileURL.path, outputURL.deletingLastPathComponent().path + "/."]
    let watched = [contentOptions.contentURL] + (theme.map { [URL(fileURLWithPath: $0)] } ?? [])
    let watcher: ChangeWatcher
    do {
      watcher = try ChangeWatcher(folders: watched) { paths in
        // The site's own writes, when it is built inside the content folder, are not edits.
        guard paths.contains(where: { path in !ignored.contains { path.hasPrefix($0) } }) else { return }
        Self.say(session.rebuild(changed: paths))
      }
    } catch let error as ChangeWatcher.StartError {
      throw FestdocError(error.description)
    }
    let finished = DispatchSemaphore(value: 0)
    let failure = ErrorBox()
    let server = Task {
      do {
        try await PreviewServer.run(root: outputURL, host: host, port: port, live: live) { bound in
          Self.say("Serving \(contentOptions.content) at http://\(host):\(bound)/ (Ctrl-C to stop)")
        }
      } catch {
        failure.error = error
      }
      finished.signal()
    }
    // Ctrl-C and SIGTERM end the preview: the server stops, a temporary site is removed.
    signal(SIGINT, SIG_IGN)
    signal(SIGTERM, SIG_IGN)
    let signals = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .global()) }
    for source in signals {
      source.setEventHandler {
        Task {
          await live.close()
          server.cancel()
        }
      }
      source.resume()
    }
    // The sources must outlive the wait: an optimized build would otherwise release them at once.
    withExtendedLifetime(signals) { finished.wait() }
    watcher.stop()
    session.finish()
    if temporary { try? FileManager.default.removeItem(at: outputURL.deletingLastPathComponent()) }
    if let error = failure.error { throw FestdocError("cannot serve on \(host):\(port): \(error)") }
  }

  /// A line on standard output at once (unbuffered: tests and scripts read it while serving).
  static func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  /// Temporary sites of earlier `serve`s that were killed before they could remove them.
  static func removeStaleTemporarySites() {
    let folder = FileManager.default.temporaryDirectory
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names where name.hasPrefix("festdoc-serve-") {
      guard let pid = Int32(name.dropFirst("festdoc-serve-".count)), pid != getpid(),
        kill(pid, 0) != 0 && errno == ESRCH
      else { continue }
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }
}
