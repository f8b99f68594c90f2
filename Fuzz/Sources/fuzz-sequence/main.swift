import Diagrams
import Foundation
import FuzzerDriver

/// Any bytes as a sequence diagram: parsed, laid out and drawn; nothing may crash or hang.
func fuzzSequence(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let diagram = try? SequenceParser.parse(source) else { return 0 }
  guard diagram.actors.count <= 100 && diagram.messages.count <= 1_000 else { return 0 }
  let svg = SequenceSVG.render(SequenceLayout.layout(diagram), diagram: diagram, idPrefix: "s")
  precondition(svg.hasPrefix("<svg"), "not an SVG")
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzSequence(data, size) })
