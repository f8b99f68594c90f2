import ArgumentParser
import Diagrams
import Foundation

/// `festdoc diagram`: one mermaid diagram in, its parse (JSON) or drawing (SVG) out.
struct DiagramCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diagram",
    abstract: "Parse a mermaid flowchart, sequence, ER, state or class diagram and print it as SVG or JSON.",
    discussion: """
      The kind is detected from the first statement. Exit status: 0 done, 1 the diagram does not parse \
      (a diagnostic with its line and column), 2 unusable options or an unreadable file. The JSON is \
      documented in docs/diagram-json.md.
      """)

  enum Emit: String, ExpressibleByArgument, CaseIterable {
    case svg
    case json
    case metrics
  }

  @Argument(help: "A .mmd file, or - for standard input.")
  var input: String

  @Option(name: [.short, .long], help: "Where to write: a file, or - for standard output.")
  var output: String = "-"

  @Option(help: "What to print: svg, json, or metrics (how clean the drawing is).")
  var emit: Emit = .svg

  func run() throws {
    let source = try readInput()
    let name = input == "-" ? "<stdin>" : input
    let result: String
    do {
      result = try output(for: source)
    } catch let error as DiagramError {
      StandardError.write("\(name):\(error.line):\(error.column): error: \(error.message) [diagram.parse]\n")
      throw ExitCode(1)
    }
    try write(result)
  }

  /// The JSON, metrics or SVG asked for, by the diagram's kind.
  func output(for source: String) throws -> String {
    let prefix = SVGText.idPrefix(for: source)
    switch DiagramKind.detect(source) {
    case .flowchart:
      let chart = try FlowchartParser.parse(source)
      if emit == .json { return chart.json.serialized() + "\n" }
      let drawing = FlowchartLayout.layout(chart)
      if emit == .metrics { return DrawingMetrics(drawing).json.serialized() + "\n" }
      return FlowchartSVG.render(drawing, chart: chart, options: .init(idPrefix: prefix))
    case .sequence:
      let diagram = try SequenceParser.parse(source)
      if emit == .json { return diagram.json.serialized() + "\n" }
      let drawing = SequenceLayout.layout(diagram)
      if emit == .metrics { return DrawingMetrics(drawing).json.serialized() + "\n" }
      return SequenceSVG.render(drawing, diagram: diagram, idPrefix: prefix)
    case .entityRelationship:
      let diagram = try ERParser.parse(source)
      if emit == .json { return diagram.json.serialized() + "\n" }
      let drawing = ERLayout.layout(diagram)
      if emit == .metrics { return DrawingMetrics(drawing.flow).json.serialized() + "\n" }
      return ERSVG.render(drawing, diagram: diagram, idPrefix: prefix)
    case .state:
      let diagram = try StateParser.parse(source)
      if emit == .json { return diagram.json.serialized() + "\n" }
      let drawing = StateLayout.layout(diagram)
      if emit == .metrics { return DrawingMetrics(drawing).json.serialized() + "\n" }
      return FlowchartSVG.render(drawing, chart: diagram.flowchart, options: .init(idPrefix: prefix))
    case .classDiagram:
      let diagram = try ClassParser.parse(source)
      if emit == .json { return diagram.json.serialized() + "\n" }
      let drawing = ClassLayout.layout(diagram)
      if emit == .metrics { return DrawingMetrics(drawing.flow).json.serialized() + "\n" }
      return ClassSVG.render(drawing, diagram: diagram, idPrefix: prefix)
    case .unknown:
      throw DiagramError(
        "not a diagram festdoc knows: it must start with 'flowchart', 'graph', 'sequenceDiagram', "
          + "'erDiagram', 'stateDiagram' or 'classDiagram'", line: 1, column: 1)
    }
  }

  private func readInput() throws -> String {
    let data: Data?
    if input == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      data = FileManager.default.contents(atPath: input)
    }
    guard let data else { throw FestdocError("cannot read '\(input)'") }
    guard let text = String(data: data, encoding: .utf8) else {
      throw FestdocError("'\(input)' is not UTF-8 text")
    }
    return text
  }

  private func write(_ text: String) throws {
    if output == "-" {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      throw FestdocError("cannot write '\(output)': \(error.localizedDescription)")
    }
  }
}
