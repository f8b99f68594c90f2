import ArgumentParser
import Diagrams
import Foundation

/// `festdoc diagram`: one mermaid diagram in, its parse (JSON) or drawing (SVG) out.
struct DiagramCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diagram",
    abstract: "Parse a mermaid flowchart, sequence, ER or state diagram and print it as SVG or JSON.",
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
      switch DiagramKind.detect(source) {
      case .flowchart:
        let chart = try FlowchartParser.parse(source)
        switch emit {
        case .json: result = chart.json.serialized() + "\n"
        case .metrics: result = DrawingMetrics(FlowchartLayout.layout(chart)).json.serialized() + "\n"
        case .svg:
          let drawing = FlowchartLayout.layout(chart)
          result = FlowchartSVG.render(
            drawing, chart: chart, options: .init(idPrefix: SVGText.idPrefix(for: source)))
        }
      case .sequence:
        let diagram = try SequenceParser.parse(source)
        switch emit {
        case .json: result = diagram.json.serialized() + "\n"
        case .metrics: result = DrawingMetrics(SequenceLayout.layout(diagram)).json.serialized() + "\n"
        case .svg:
          result = SequenceSVG.render(
            SequenceLayout.layout(diagram), diagram: diagram, idPrefix: SVGText.idPrefix(for: source))
        }
      case .entityRelationship:
        let diagram = try ERParser.parse(source)
        switch emit {
        case .json: result = diagram.json.serialized() + "\n"
        case .metrics: result = DrawingMetrics(ERLayout.layout(diagram).flow).json.serialized() + "\n"
        case .svg:
          result = ERSVG.render(
            ERLayout.layout(diagram), diagram: diagram, idPrefix: SVGText.idPrefix(for: source))
        }
      case .state:
        let diagram = try StateParser.parse(source)
        let drawing = StateLayout.layout(diagram)
        switch emit {
        case .json: result = diagram.json.serialized() + "\n"
        case .metrics: result = DrawingMetrics(drawing).json.serialized() + "\n"
        case .svg:
          result = FlowchartSVG.render(
            drawing, chart: diagram.flowchart, options: .init(idPrefix: SVGText.idPrefix(for: source)))
        }
      case .unknown:
        throw DiagramError(
          "not a diagram festdoc knows: it must start with 'flowchart', 'graph', 'sequenceDiagram', "
            + "'erDiagram' or 'stateDiagram'", line: 1, column: 1)
      }
    } catch let error as DiagramError {
      StandardError.write("\(name):\(error.line):\(error.column): error: \(error.message) [diagram.parse]\n")
      throw ExitCode(1)
    }
    try write(result)
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
