import Diagrams
import Foundation
import FuzzerDriver

/// Any bytes as a class diagram: lexed by mermaid's rules, parsed into the class database, laid out
/// and drawn; nothing may crash or hang.
func fuzzClass(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let diagram = try? ClassParser.parse(source) else { return 0 }
  guard diagram.classes.count + diagram.notes.count <= 100 && diagram.relations.count <= 500 else { return 0 }
  let svg = ClassSVG.render(ClassLayout.layout(diagram), diagram: diagram, idPrefix: "c")
  precondition(svg.hasPrefix("<svg"), "not an SVG")
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzClass(data, size) })
