/// The half arrowheads of mermaid's sequence messages (`-|\`, `-|/`, `-\\`, `-//`, their dotted `--`
/// forms and the reverse ones written at the sender, `/|-`, `\|-`, `//-`, `\\-`): one side of a head,
/// filled (`|`) or a single barb (a stick), above (top) or below (bottom) the line.
struct HalfArrowHead: Equatable {
  var filled: Bool
  var top: Bool
  var atSender: Bool

  init?(kind: String) {
    let base = kind.hasSuffix("_DOTTED") ? String(kind.dropLast("_DOTTED".count)) : kind
    switch base {
    case "SOLID_TOP": (filled, top, atSender) = (true, true, false)
    case "SOLID_BOTTOM": (filled, top, atSender) = (true, false, false)
    case "STICK_TOP": (filled, top, atSender) = (false, true, false)
    case "STICK_BOTTOM": (filled, top, atSender) = (false, false, false)
    case "SOLID_ARROW_TOP_REVERSE": (filled, top, atSender) = (true, true, true)
    case "SOLID_ARROW_BOTTOM_REVERSE": (filled, top, atSender) = (true, false, true)
    case "STICK_ARROW_TOP_REVERSE": (filled, top, atSender) = (false, true, true)
    case "STICK_ARROW_BOTTOM_REVERSE": (filled, top, atSender) = (false, false, true)
    default: return nil
    }
  }

  /// The head with its tip at (`tipX`, `tipY`), drawn back along the line in the direction `back` (+1
  /// to the right, -1 to the left).
  func path(tipX: Double, tipY: Double, back: Double) -> String {
    let n = CurvePath.number
    let baseX = tipX + back * 10
    let sideY = tipY + (top ? -6 : 6)
    if filled {
      return
        "<path class=\"fd-half-head\" style=\"fill:var(--fd-edge,#59636e)\" d=\"M\(n(tipX)),\(n(tipY))L\(n(baseX)),\(n(sideY))L\(n(baseX)),\(n(tipY))Z\"/>"
    }
    return
      "<path class=\"fd-half-barb\" style=\"fill:none;stroke:var(--fd-edge,#59636e);stroke-width:1.5\" d=\"M\(n(tipX)),\(n(tipY))L\(n(baseX)),\(n(sideY))\"/>"
  }
}
