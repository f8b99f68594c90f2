import ArgumentParser
import Diagrams
import Foundation

/// `festdoc-bench measure`: the widths festdoc's diagram engine gives text (one label per line of
/// standard input), as JSON, for the browser test that compares them with Chromium's.
struct Measure: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the widths festdoc computes for labels read from standard input, as JSON.")

  @Option(help: "The font size in pixels.") var fontSize: Double = 14

  func run() throws {
    let measurer = TextMeasurer(fontSize: fontSize)
    let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    let labels = input.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    let rows = labels.map { ["text": $0, "width": String(measurer.width($0))] }
    let data = try JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys])
    FileHandle.standardOutput.write(data + Data("\n".utf8))
  }
}
