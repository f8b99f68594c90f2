import Diagrams
import Foundation
import TestSupport
import Testing

@Suite struct SequenceLayoutTests {
  private func fixture(_ name: String) throws -> String {
    try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent("Tests/DiagramsTests/Diagrams/\(name)"),
      encoding: .utf8)
  }

  /// Golden SVGs: every construct, and the sample festival's authentication flow as it stands in Content/.
  @Test(arguments: ["auth", "sample-auth"])
  func goldenSVG(_ name: String) throws {
    let source = try fixture(name + ".mmd")
    let diagram = try SequenceParser.parse(source)
    let svg = SequenceSVG.render(
      SequenceLayout.layout(diagram), diagram: diagram, idPrefix: SVGText.idPrefix(for: source))
    assertGolden(svg, named: name + ".svg")
    let again = SequenceSVG.render(
      SequenceLayout.layout(diagram), diagram: diagram, idPrefix: SVGText.idPrefix(for: source))
    #expect(svg == again)
  }

  @Test func createdParticipantsStartWhereTheyAreCreated() throws {
    let diagram = try SequenceParser.parse(try fixture("auth.mmd"))
    let drawing = SequenceLayout.layout(diagram)
    let audit = try #require(drawing.participants.first { $0.actor.name == "A" })
    let firstMessageToAudit = try #require(drawing.messages.first { $0.message.to == "A" })
    #expect(audit.headTop > 10 && audit.headTop + drawing.headHeight < firstMessageToAudit.y)
    #expect(audit.destroyed)
    for message in drawing.messages
    where message.y > audit.headTop && message.y < audit.headTop + drawing.headHeight {
      Issue.record("message at \(message.y) crosses the created participant's box")
    }
  }

  /// Messages run between the participant boxes, frames hold exactly their messages, notes and messages
  /// never share a line, and columns never overlap.
  @Test(arguments: ["auth.mmd"] + (0..<20).map { "random \($0)" })
  func layoutProperties(_ name: String) throws {
    let source =
      name.hasPrefix("random") ? Self.randomDiagram(seed: UInt64(name.dropFirst(7))!) : try fixture(name)
    let diagram = try SequenceParser.parse(source)
    let drawing = SequenceLayout.layout(diagram)
    for message in drawing.messages {
      #expect(
        message.y > 10 + drawing.headHeight && message.y < drawing.bottomTop,
        "\(name): message outside the lifelines")
    }
    let sorted = drawing.participants.sorted { $0.centerX < $1.centerX }
    for (left, right) in zip(sorted, sorted.dropFirst()) {
      #expect(left.centerX + left.width / 2 <= right.centerX - right.width / 2, "\(name): columns overlap")
    }
    // Each frame's vertical span holds the messages written inside its block, and no message outside it.
    var stack: [Int] = []
    var inside: [Int: [Int]] = [:]
    var frameOrder: [Int] = []
    var signal = 0
    var blockCount = 0
    for message in diagram.messages {
      if message.kind.hasSuffix("_START") && message.kind != "ACTIVE_START" {
        stack.append(blockCount)
        blockCount += 1
      } else if message.kind.hasSuffix("_END") && !message.kind.hasPrefix("ACTIVE") {
        frameOrder.append(stack.removeLast())
      } else if message.isSignal {
        for block in stack { inside[block, default: []].append(signal) }
        signal += 1
      }
    }
    #expect(drawing.frames.count == blockCount)
    for (closed, block) in frameOrder.enumerated() {
      let frame = drawing.frames[closed]
      let members = Set(inside[block] ?? [])
      for (index, message) in drawing.messages.enumerated() {
        let within = message.y > frame.y && message.y < frame.y + frame.height
        #expect(within == members.contains(index), "\(name): frame \(frame.kind) and message \(index)")
      }
    }
    for note in drawing.notes {
      for message in drawing.messages {
        let textTop = message.y - Double(message.lines.count) * drawing.lineHeight - 4
        #expect(message.y < note.y || textTop > note.y + note.height, "\(name): a note overlaps a message")
      }
    }
  }

  static func randomDiagram(seed: UInt64) -> String {
    var random = SeededRandom(seed: seed &+ 500)
    let names = ["A", "B", "C", "D"]
    var lines = ["sequenceDiagram", "autonumber"]
    var depth = 0
    for _ in 0..<Int.random(in: 3...20, using: &random) {
      switch Int.random(in: 0..<10, using: &random) {
      case 0 where depth < 3:
        lines.append(
          ["loop repeat", "alt maybe", "opt rarely", "par together", "critical must"].randomElement(
            using: &random)!)
        depth += 1
      case 1 where depth > 0:
        lines.append("end")
        depth -= 1
      case 2:
        lines.append(
          "Note \(["left of", "right of", "over"].randomElement(using: &random)!) \(names.randomElement(using: &random)!): a note here"
        )
      default:
        let arrow = ["->>", "-->>", "->", "-x", "-)"].randomElement(using: &random)!
        lines.append(
          "\(names.randomElement(using: &random)!)\(arrow)\(names.randomElement(using: &random)!): message text"
        )
      }
    }
    lines += Array(repeating: "end", count: depth)
    return lines.joined(separator: "\n")
  }
}
