import Diagrams
import Foundation
import TestSupport
import Testing

/// Every input the fuzzers (`make fuzz`) ever crashed on stays here and must draw, or fail to parse with
/// a located error.
@Suite struct FuzzRegressionTests {
  static func inputs(_ kind: String) -> [(String, String)] {
    let folder = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/fuzz/\(kind)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().compactMap { name in
      guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
        return nil
      }
      return (name, String(decoding: data, as: UTF8.self))
    }
  }

  @Test func flowchartsTheFuzzerBrokeNowDraw() throws {
    let inputs = Self.inputs("flowchart")
    #expect(!inputs.isEmpty)
    for (name, source) in inputs {
      do {
        let chart = try FlowchartParser.parse(source)
        let svg = FlowchartSVG.render(
          FlowchartLayout.layout(chart), chart: chart, options: .init(idPrefix: "f"))
        #expect(svg.hasPrefix("<svg"), "\(name)")
      } catch let error as DiagramError {
        #expect(error.line >= 1 && error.column >= 1, "\(name): \(error)")
      }
    }
  }

  @Test func anEdgeSpansAtMostTenRanks() throws {
    func gap(_ length: Int) throws -> Double {
      let chart = try FlowchartParser.parse(
        "graph TD\nA " + String(repeating: "-", count: length + 1) + "> B\n")
      let drawing = FlowchartLayout.layout(chart)
      let a = try #require(drawing.nodes.first { $0.id == "A" })
      let b = try #require(drawing.nodes.first { $0.id == "B" })
      return b.center.y - a.center.y
    }
    #expect(try gap(55) == gap(FlowchartLayout.longestEdge))
    #expect(try gap(3) < gap(FlowchartLayout.longestEdge))
  }

  @Test func aSubgraphDeclaredTwiceIsOneBlock() throws {
    let chart = try FlowchartParser.parse(
      "graph TD\nsubgraph inner\n a-->b\nend\nsubgraph inner\n c-->d\nend\nx-->inner\n")
    let drawing = FlowchartLayout.layout(chart)
    #expect(drawing.clusters.filter { $0.id == "inner" }.count == 1)
  }

  @Test func subgraphsThatContainEachOtherEndTheirNesting() throws {
    let chart = try FlowchartParser.parse(
      "graph TD\nsubgraph a\n x\n subgraph b\n  y\n end\nend\nsubgraph b\n a\nend\n")
    let drawing = FlowchartLayout.layout(chart)
    #expect(Set(drawing.clusters.map(\.id)) == ["a", "b"])
    let a = try #require(drawing.clusters.first { $0.id == "a" })
    let b = try #require(drawing.clusters.first { $0.id == "b" })
    // b stays inside a, where it was first put.
    #expect(b.depth > a.depth)
  }

  @Test func aSubgraphWithoutAnIdIsNoContainer() throws {
    let source = try #require(Self.inputs("flowchart").first { $0.0 == "subgraph-with-empty-id.mmd" }?.1)
    let chart = try FlowchartParser.parse(source)
    #expect(chart.subgraphs.contains { $0.id.isEmpty })
    let drawing = FlowchartLayout.layout(chart)
    #expect(drawing.clusters.isEmpty)
    #expect(Set(drawing.nodes.map(\.id)) == ["A", "B", "c", "d"])
  }

  @Test func sequencesTheFuzzerBrokeNowDraw() throws {
    let inputs = Self.inputs("sequence")
    #expect(!inputs.isEmpty)
    for (name, source) in inputs {
      do {
        let diagram = try SequenceParser.parse(source)
        let svg = SequenceSVG.render(SequenceLayout.layout(diagram), diagram: diagram, idPrefix: "s")
        #expect(svg.hasPrefix("<svg"), "\(name)")
      } catch let error as DiagramError {
        #expect(error.line >= 1 && error.column >= 1, "\(name): \(error)")
      }
    }
  }

  @Test func aBlockWithNoParticipantGetsAFrame() throws {
    let diagram = try SequenceParser.parse("sequenceDiagram\n  critical Connect\n  end\n")
    let drawing = SequenceLayout.layout(diagram)
    #expect(drawing.frames.count == 1)
    #expect(drawing.frames[0].width > 0)
  }
}
