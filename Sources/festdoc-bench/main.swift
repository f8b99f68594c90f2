import ArgumentParser
import BenchSupport
import Foundation

/// `festdoc-bench`: writes the inputs `make bench` measures.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "festdoc-bench", abstract: "Generate inputs for festdoc's benchmarks.",
    subcommands: [Generate.self, Graph.self, Measure.self, ParseStage.self])
}

struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Write a synthetic festival of N components.")

  @Option(help: "How many components.") var components: Int = 100
  @Option(help: "Random seed.") var seed: UInt64 = 1
  @Option(name: [.short, .long], help: "The content folder to write.") var output: String

  func run() throws {
    try FestivalGenerator(components: components, seed: seed).write(to: URL(fileURLWithPath: output))
  }
}

struct Graph: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a random graph as .mmd, .dot and dagre .json.")

  @Option(help: "How many nodes.") var nodes: Int = 100
  @Option(help: "Random seed.") var seed: UInt64 = 1
  @Option(name: [.short, .long], help: "Path prefix of the three files.") var output: String

  func run() throws {
    let graph = GraphGenerator(nodes: nodes, seed: seed)
    try Data(graph.mermaid().utf8).write(to: URL(fileURLWithPath: output + ".mmd"))
    try Data(graph.dot().utf8).write(to: URL(fileURLWithPath: output + ".dot"))
    try Data(graph.dagreJSON().utf8).write(to: URL(fileURLWithPath: output + ".json"))
  }
}

Bench.main()
