import ArgumentParser
import ContentReader
import FestivalModel
import Foundation

/// The parse step alone, timed over several rounds of the same content: the figure to set against the
/// cmark-gfm floor, without the rest of the build's noise.
struct ParseStage: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse", abstract: "Time festdoc's parse step on a content folder.")

  @Argument(help: "The content folder.") var content: String
  @Option(help: "Threads the parse may use.") var jobs: Int = 2
  @Option(help: "How many times to parse.") var rounds: Int = 5

  func run() throws {
    let inventory = try ContentReader.read(root: URL(fileURLWithPath: content))
    var times: [Double] = []
    for _ in 0..<max(1, rounds) {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = FestivalModelBuilder.parse(inventory, jobs: jobs)
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    let sorted = times.sorted()
    let rounded = times.map { String(format: "%.1f", $0) }.joined(separator: " ")
    print(
      String(
        format: "parse: median %.1f ms, fastest %.1f ms (%@)", sorted[sorted.count / 2], sorted[0], rounded))
  }
}
