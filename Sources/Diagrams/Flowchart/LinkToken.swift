import Foundation

/// A link as mermaid's `destructLink` reads it from the arrow's characters.
struct LinkToken: Hashable {
  var head: EdgeHead
  var stroke: EdgeStroke
  var length: Int

  /// Reads a complete arrow (`-->`, `<==>`, `-.-x`, `~~~`), as mermaid's `destructEndLink`.
  static func end(_ raw: String) -> LinkToken {
    let text = raw.trimmingCharacters(in: .whitespaces)
    var line = String(text.dropLast())
    var head = EdgeHead.open
    switch text.last {
    case "x":
      head = .cross
      if text.hasPrefix("x") {
        head = .doubleCross
        line = String(line.dropFirst())
      }
    case ">":
      head = .point
      if text.hasPrefix("<") {
        head = .doublePoint
        line = String(line.dropFirst())
      }
    case "o":
      head = .circle
      if text.hasPrefix("o") {
        head = .doubleCircle
        line = String(line.dropFirst())
      }
    default:
      break
    }
    var stroke = EdgeStroke.normal
    var length = line.count - 1
    if line.hasPrefix("=") { stroke = .thick }
    if line.hasPrefix("~") { stroke = .invisible }
    let dots = line.filter { $0 == "." }.count
    if dots > 0 {
      stroke = .dotted
      length = dots
    }
    return LinkToken(head: head, stroke: stroke, length: length)
  }

  /// Combines the start of a labelled arrow (`--`, `<==`, `-.`) with its end, as mermaid's
  /// `destructLink`; nil when the two do not fit (mermaid's INVALID).
  static func labelled(start rawStart: String, end rawEnd: String) -> LinkToken? {
    let endInfo = end(rawEnd)
    var text = rawStart.trimmingCharacters(in: .whitespaces)
    var startHead = EdgeHead.open
    switch text.first {
    case "<":
      startHead = .point
      text.removeFirst()
    case "x":
      startHead = .cross
      text.removeFirst()
    case "o":
      startHead = .circle
      text.removeFirst()
    default:
      break
    }
    var stroke = EdgeStroke.normal
    if text.contains("=") { stroke = .thick }
    if text.contains(".") { stroke = .dotted }
    guard stroke == endInfo.stroke else { return nil }
    var head: EdgeHead
    if startHead == .open {
      head = endInfo.head
    } else {
      guard startHead == endInfo.head else { return nil }
      head = EdgeHead(rawValue: "double_" + startHead.rawValue) ?? .doublePoint
    }
    return LinkToken(head: head, stroke: stroke, length: endInfo.length)
  }
}
