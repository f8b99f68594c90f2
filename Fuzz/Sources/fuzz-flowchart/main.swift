import Diagrams
import Foundation
import FuzzerDriver

/// Any bytes as a flowchart: parsed, laid out and drawn. A diagram that does not parse must say so with
/// a located error; nothing may crash or hang.
func fuzzFlowchart(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let chart = try? FlowchartParser.parse(source) else { return 0 }
  // Big inputs are the bench's business; the fuzzer looks for crashes in reasonable ones.
  // Edges count too: hundreds of parallel edges between a few nodes are a layout benchmark, not a
  // parser test (the transposition budget keeps them from stalling a build; see docs/limits.md).
  guard chart.vertices.count <= 300, chart.edges.count <= 400 else { return 0 }
  let drawing = FlowchartLayout.layout(chart)
  let svg = FlowchartSVG.render(drawing, chart: chart, options: .init(idPrefix: "f"))
  precondition(svg.hasPrefix("<svg"), "not an SVG")
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzFlowchart(data, size) })
