import Diagrams
import Foundation
import FuzzerDriver

/// Any bytes as an ER diagram: lexed by mermaid's rules, parsed, laid out and drawn; nothing may crash
/// or hang.
func fuzzER(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let diagram = try? ERParser.parse(source) else { return 0 }
  guard diagram.entities.count <= 100 && diagram.relationships.count <= 500 else { return 0 }
  let svg = ERSVG.render(ERLayout.layout(diagram), diagram: diagram, idPrefix: "e")
  precondition(svg.hasPrefix("<svg"), "not an SVG")
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzER(data, size) })
