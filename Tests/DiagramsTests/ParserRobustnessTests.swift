import Foundation
import TestSupport
import Testing

@testable import Diagrams

/// Mutated diagrams (characters dropped, doubled, swapped for syntax characters) must never crash the
/// parser or the layout: they parse, or they fail with a line and column.
@Suite struct ParserRobustnessTests {
  static let seeds: [String] = {
    var sources = [
      "flowchart LR\nA[Start] -->|go| B{Check}\nB -- yes --> C((Done))\nsubgraph S [Group]\n direction TB\n C --> D\nend\nD -.-> A",
      "graph TD\nA@{ shape: doc, label: \"x\" } e1@==> B:::c\nclassDef c fill:#f00\nclick A \"https://x\"\nlinkStyle 0 stroke:red",
    ]
    if let corpus = SharedFolder.url?.appendingPathComponent("mermaid-conformance/flow"),
      let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.path)
    {
      for name in names.sorted() where name.hasSuffix(".mmd") {
        if let text = try? String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8) {
          sources.append(text)
        }
      }
    }
    return sources
  }()

  @Test func mutatedDiagramsNeverCrash() {
    withHangGuard("3,000 mutated flowcharts") { mutateAndDraw() }
  }

  private func mutateAndDraw() {
    var random = SeededRandom(seed: 2026)
    let alphabet = Array("[](){}<>|-=.~xo&@:;\"`#%\n AZaz09/\\_^v")
    var parsed = 0
    for round in 0..<3000 {
      var characters = Array(Self.seeds[round % Self.seeds.count])
      for _ in 0..<Int.random(in: 1...6, using: &random) where !characters.isEmpty {
        let index = Int.random(in: 0..<characters.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: characters.remove(at: index)
        case 1: characters.insert(alphabet.randomElement(using: &random)!, at: index)
        default: characters[index] = alphabet.randomElement(using: &random)!
        }
      }
      let source = String(characters)
      do {
        let chart = try FlowchartParser.parse(source)
        _ = FlowchartSVG.render(FlowchartLayout.layout(chart), chart: chart, options: .init(idPrefix: "t"))
        parsed += 1
      } catch let error as DiagramError {
        #expect(error.line >= 1 && error.column >= 1)
      } catch {
        Issue.record("unexpected error \(error)")
      }
    }
    #expect(parsed > 100)
  }

  @Test func pathologicalInputsFinish() throws {
    try withHangGuard("pathological flowcharts") { try drawPathologicalInputs() }
  }

  private func drawPathologicalInputs() throws {
    let deep =
      "graph TD\n" + (0..<200).map { "subgraph s\($0)" }.joined(separator: "\n") + "\nA\n"
      + String(repeating: "end\n", count: 200)
    _ = try? FlowchartParser.parse(deep)
    let chain = "graph LR\n" + (0..<400).map { "n\($0) --> n\($0 + 1)" }.joined(separator: "\n")
    let chart = try FlowchartParser.parse(chain)
    #expect(FlowchartLayout.layout(chart).nodes.count == 401)
    _ = try? FlowchartParser.parse("graph TD\n" + String(repeating: "A-->", count: 2000) + "B")
    _ = try? FlowchartParser.parse("graph TD\nA[" + String(repeating: "x", count: 100_000) + "]")
  }
}
