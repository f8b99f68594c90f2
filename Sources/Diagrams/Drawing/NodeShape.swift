/// How a flowchart node is drawn: mermaid's classic bracket shapes and its named shapes, folded onto the
/// outlines festdoc draws.
public enum NodeShape: String, Hashable, Sendable, CaseIterable {
  case rectangle, rounded, stadium, subroutine, cylinder, circle, doubleCircle, smallCircle, filledCircle
  case framedCircle, ellipse, diamond, hexagon, leanRight, leanLeft, trapezoid, invTrapezoid, odd, document,
    text

  public init(mermaid name: String?) {
    switch name.flatMap({ FlowShapes.canonical($0) ?? $0 }) {
    case "rounded", "round", "state", "iconRounded", "defaultMindmapNode", "kanbanItem": self = .rounded
    case "stadium": self = .stadium
    case "fr-rect", "subroutine": self = .subroutine
    case "cyl", "cylinder", "lin-cyl", "h-cyl", "datastore": self = .cylinder
    case "circle", "cross-circ", "iconCircle", "mindmapCircle": self = .circle
    case "dbl-circ", "doublecircle": self = .doubleCircle
    case "sm-circ": self = .smallCircle
    case "f-circ": self = .filledCircle
    case "fr-circ": self = .framedCircle
    case "ellipse": self = .ellipse
    case "diam", "diamond", "choice": self = .diamond
    case "hex", "hexagon": self = .hexagon
    case "lean-r", "lean_right": self = .leanRight
    case "lean-l", "lean_left": self = .leanLeft
    case "trap-b", "trapezoid": self = .trapezoid
    case "trap-t", "inv_trapezoid": self = .invTrapezoid
    case "odd": self = .odd
    case "doc", "lin-doc", "docs", "tag-doc": self = .document
    case "text": self = .text
    default: self = .rectangle
    }
  }

  /// The name mermaid's `@{ shape: ... }` knows the shape by; `NodeShape(mermaid:)` reads it back.
  public var mermaidName: String {
    switch self {
    case .rectangle: "rect"
    case .rounded: "rounded"
    case .stadium: "stadium"
    case .subroutine: "subroutine"
    case .cylinder: "cyl"
    case .circle: "circle"
    case .doubleCircle: "dbl-circ"
    case .smallCircle: "sm-circ"
    case .filledCircle: "f-circ"
    case .framedCircle: "fr-circ"
    case .ellipse: "ellipse"
    case .diamond: "diam"
    case .hexagon: "hex"
    case .leanRight: "lean-r"
    case .leanLeft: "lean-l"
    case .trapezoid: "trap-b"
    case .invTrapezoid: "trap-t"
    case .odd: "odd"
    case .document: "doc"
    case .text: "text"
    }
  }

  /// Whether the label is drawn (tiny circles carry none).
  public var showsLabel: Bool { self != .smallCircle && self != .filledCircle }

  /// The node's size around a text block of `textWidth` × `textHeight`.
  public func size(textWidth: Double, textHeight: Double) -> (width: Double, height: Double) {
    switch self {
    case .rectangle, .rounded, .text: (textWidth + 32, textHeight + 20)
    case .document: (textWidth + 32, textHeight + 30)
    case .subroutine: (textWidth + 48, textHeight + 20)
    case .stadium, .hexagon: (textWidth + textHeight + 28, textHeight + 20)
    case .cylinder: (textWidth + 32, textHeight + 36)
    case .circle, .framedCircle:
      (max(textWidth, textHeight) + 28, max(textWidth, textHeight) + 28)
    case .doubleCircle: (max(textWidth, textHeight) + 38, max(textWidth, textHeight) + 38)
    case .smallCircle, .filledCircle: (14, 14)
    case .ellipse: (textWidth * 1.3 + 28, textHeight * 1.3 + 18)
    case .diamond: (textWidth + 2 * textHeight + 28, textHeight + textWidth / 2 + 28)
    case .leanRight, .leanLeft, .trapezoid, .invTrapezoid: (textWidth + textHeight + 40, textHeight + 20)
    case .odd: (textWidth + (textHeight + 20) / 2 + 32, textHeight + 20)
    }
  }

  /// The outline edges end on, for a `width` × `height` node.
  public func outline(width: Double, height: Double) -> ShapeOutline {
    let slant = width > 0 ? (height / 2) / width : 0
    func corners(_ points: [(Double, Double)]) -> ShapeOutline {
      .polygon(points.map { LayoutResult.Point(x: $0.0, y: $0.1) })
    }
    switch self {
    case .rectangle, .rounded, .subroutine, .cylinder, .document, .text: return .rectangle
    case .stadium: return .capsule
    case .circle, .doubleCircle, .smallCircle, .filledCircle, .framedCircle, .ellipse: return .ellipse
    case .diamond: return .diamond
    case .hexagon:
      return corners([
        (-0.5 + slant, -0.5), (0.5 - slant, -0.5), (0.5, 0), (0.5 - slant, 0.5), (-0.5 + slant, 0.5),
        (-0.5, 0),
      ])
    case .leanRight: return corners([(-0.5 + slant, -0.5), (0.5, -0.5), (0.5 - slant, 0.5), (-0.5, 0.5)])
    case .leanLeft: return corners([(-0.5, -0.5), (0.5 - slant, -0.5), (0.5, 0.5), (-0.5 + slant, 0.5)])
    case .trapezoid: return corners([(-0.5 + slant, -0.5), (0.5 - slant, -0.5), (0.5, 0.5), (-0.5, 0.5)])
    case .invTrapezoid: return corners([(-0.5, -0.5), (0.5, -0.5), (0.5 - slant, 0.5), (-0.5 + slant, 0.5)])
    case .odd: return corners([(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5), (-0.5 + slant, 0)])
    }
  }
}
