import Diagrams
import Foundation
import FuzzerDriver

/// Any bytes as a state diagram: lexed by mermaid's rules, parsed, translated, laid out and drawn;
/// nothing may crash or hang.
func fuzzState(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let diagram = try? StateParser.parse(source) else { return 0 }
  guard diagram.nodes.count <= 100 && diagram.transitions.count <= 500 else { return 0 }
  let svg = FlowchartSVG.render(
    StateLayout.layout(diagram), chart: diagram.flowchart, options: .init(idPrefix: "s"))
  precondition(svg.hasPrefix("<svg"), "not an SVG")
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzState(data, size) })
