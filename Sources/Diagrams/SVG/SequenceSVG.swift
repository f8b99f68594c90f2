/// Draws a laid-out sequence diagram as SVG, in the same style as flowcharts: plain `<text>`, CSS
/// variables with fallbacks, `data-id` on participants and `data-from`/`data-to` on messages.
public enum SequenceSVG {
  public static func render(
    _ drawing: SequenceDrawing, diagram: SequenceDiagram, idPrefix id: String,
    participantLinks: [String: String] = [:]
  ) -> String {
    let n = CurvePath.number
    var svg = SVGText.opening(
      id: id, kind: "sequence", width: drawing.width, height: drawing.height,
      title: diagram.accTitle ?? diagram.title, description: diagram.accDescr)
    svg += style(id) + markers(id)
    for box in drawing.boxes {
      let fill = SVGText.safeStyle(["fill:" + box.box.fill])
      svg +=
        "<g class=\"fd-box\"><rect x=\"\(n(box.x))\" y=\"2\" width=\"\(n(box.width))\" height=\"\(n(drawing.height - 4))\""
      svg +=
        " rx=\"4\"\(fill.isEmpty || box.box.fill == "transparent" ? "" : " style=\"\(SVGText.attribute(fill));fill-opacity:0.25\"")/>"
      if let name = box.box.name {
        svg += text([name], x: box.x + box.width / 2, top: 4, lineHeight: drawing.lineHeight, weight: "600")
      }
      svg += "</g>\n"
    }
    for frame in drawing.frames.sorted(by: { $0.depth < $1.depth }) { svg += self.frame(frame, drawing) }
    for participant in drawing.participants {
      let top = participant.headTop > 0 ? participant.headTop : 10
      svg +=
        "<line class=\"fd-lifeline\" data-id=\"\(SVGText.attribute(participant.actor.name))\" x1=\"\(n(participant.centerX))\""
      svg +=
        " y1=\"\(n(top + drawing.headHeight))\" x2=\"\(n(participant.centerX))\" y2=\"\(n(participant.destroyed ? participant.lifelineEnd : drawing.bottomTop))\"/>\n"
    }
    for activation in drawing.activations {
      svg +=
        "<rect class=\"fd-activation\" data-id=\"\(SVGText.attribute(activation.actor))\" x=\"\(n(activation.x))\""
      svg +=
        " y=\"\(n(activation.top))\" width=\"10\" height=\"\(n(max(4, activation.bottom - activation.top)))\"/>\n"
    }
    for participant in drawing.participants {
      let top = participant.headTop > 0 ? participant.headTop : 10
      svg += head(participant, top: top, drawing: drawing, link: participantLinks[participant.actor.name])
      if participant.destroyed {
        let x = participant.centerX
        let y = participant.lifelineEnd
        svg +=
          "<path class=\"fd-destroy\" d=\"M\(n(x - 9)),\(n(y - 9))L\(n(x + 9)),\(n(y + 9))M\(n(x + 9)),\(n(y - 9))L\(n(x - 9)),\(n(y + 9))\"/>\n"
      } else {
        svg += head(
          participant, top: drawing.bottomTop, drawing: drawing,
          link: participantLinks[participant.actor.name])
      }
    }
    for message in drawing.messages { svg += self.message(message, id: id, drawing: drawing) }
    for note in drawing.notes {
      // Where the note stands, as messages say where they run: so a test (or a reader's tool) can check it.
      let from = SVGText.attribute(note.message.from ?? "")
      let to = SVGText.attribute(note.message.to ?? note.message.from ?? "")
      let placement = ["left", "right", "over"][note.message.placement?.rawValue ?? 2]
      svg +=
        "<g class=\"fd-note\" data-kind=\"note\" data-from=\"\(from)\" data-to=\"\(to)\" data-placement=\"\(placement)\"><rect x=\"\(n(note.x))\" y=\"\(n(note.y))\" width=\"\(n(note.width))\" height=\"\(n(note.height))\"/>"
      svg +=
        text(note.lines, x: note.x + note.width / 2, top: note.y + 6, lineHeight: drawing.lineHeight)
        + "</g>\n"
    }
    return svg + "</svg>\n"
  }

  static func style(_ id: String) -> String {
    let s = "#\(id)"
    return """
      <style>
      \(s){font-family:var(--fd-diagram-font,"DejaVu Sans",sans-serif);font-size:14px}
      \(s) text{fill:var(--fd-fg,#1f2328)}
      \(s) .fd-head rect,\(s) .fd-head path.fd-shape{fill:var(--fd-node-fill,#eef2ff);stroke:var(--fd-node-stroke,#3b5bdb);stroke-width:1.5}
      \(s) .fd-head .fd-figure{fill:none;stroke:var(--fd-node-stroke,#3b5bdb);stroke-width:1.5}
      \(s) .fd-lifeline{stroke:var(--fd-border,#d1d9e0);stroke-width:1.5;stroke-dasharray:4 4}
      \(s) .fd-activation{fill:var(--fd-subtle,#f6f8fa);stroke:var(--fd-edge,#59636e)}
      \(s) .fd-message{stroke:var(--fd-edge,#59636e);stroke-width:1.5;fill:none}
      \(s) .fd-message.fd-dotted{stroke-dasharray:4 3}
      \(s) .fd-marker{fill:var(--fd-edge,#59636e);stroke:var(--fd-edge,#59636e)}
      \(s) .fd-note rect{fill:var(--fd-note-fill,#fff5c2);stroke:var(--fd-warn,#9a6700);stroke-width:1}
      \(s) .fd-frame rect.fd-frame-box{fill:none;stroke:var(--fd-edge,#59636e);stroke-width:1}
      \(s) .fd-frame .fd-tab{fill:var(--fd-subtle,#f6f8fa);stroke:var(--fd-edge,#59636e);stroke-width:1}
      \(s) .fd-frame line{stroke:var(--fd-edge,#59636e);stroke-dasharray:3 3}
      \(s) .fd-box rect{fill:none;stroke:var(--fd-border,#d1d9e0)}
      \(s) .fd-number circle{fill:var(--fd-edge,#59636e)}
      \(s) .fd-number text{fill:var(--fd-bg,#ffffff);font-size:11px}
      \(s) .fd-destroy{stroke:var(--fd-bad,#cf222e);stroke-width:2}
      </style>

      """
  }

  static func markers(_ id: String) -> String {
    "<defs>\n"
      + "<marker id=\"\(id)-filled\" class=\"fd-marker\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" stroke=\"none\"/></marker>\n"
      + "<marker id=\"\(id)-open\" class=\"fd-marker\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M1,1L9,5L1,9\" fill=\"none\" stroke-width=\"1.5\"/></marker>\n"
      + "<marker id=\"\(id)-cross\" class=\"fd-marker\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"11\" markerHeight=\"11\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M2,1L8,9M8,1L2,9\" fill=\"none\" stroke-width=\"1.5\"/></marker>\n"
      + "</defs>\n"
  }

  static func head(
    _ participant: SequenceDrawing.Participant, top: Double, drawing: SequenceDrawing, link: String?
  ) -> String {
    let n = CurvePath.number
    let x = participant.centerX - participant.width / 2
    var svg = link.map { "<a href=\"\(SVGText.attribute($0))\">" } ?? ""
    svg += "<g class=\"fd-head\" data-id=\"\(SVGText.attribute(participant.actor.name))\">"
    let height = drawing.headHeight
    switch participant.actor.type {
    case "actor":
      let cx = participant.centerX
      svg += "<path class=\"fd-figure\" d=\"M\(n(cx)),\(n(top + 12))m-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0"
      svg += "M\(n(cx)),\(n(top + 18))V\(n(top + 30))M\(n(cx - 9)),\(n(top + 22))H\(n(cx + 9))"
      svg +=
        "M\(n(cx)),\(n(top + 30))L\(n(cx - 7)),\(n(top + 38))M\(n(cx)),\(n(top + 30))L\(n(cx + 7)),\(n(top + 38))\"/>"
      svg += text(participant.lines, x: cx, top: top + 38, lineHeight: drawing.lineHeight)
    case "database":
      let w = participant.width
      svg +=
        "<path class=\"fd-shape\" d=\"M\(n(x)),\(n(top + 6))A\(n(w / 2)),6 0 0 1 \(n(x + w)),\(n(top + 6))"
      svg +=
        "V\(n(top + height - 6))A\(n(w / 2)),6 0 0 1 \(n(x)),\(n(top + height - 6))ZM\(n(x)),\(n(top + 6))A\(n(w / 2)),6 0 0 0 \(n(x + w)),\(n(top + 6))\"/>"
      svg += text(
        participant.lines, x: participant.centerX,
        top: top + (height - Double(participant.lines.count) * drawing.lineHeight) / 2 + 3,
        lineHeight: drawing.lineHeight)
    case "boundary", "control", "entity":
      svg += ParticipantSymbol.path(participant.actor.type, centerX: participant.centerX, top: top)
      svg += text(participant.lines, x: participant.centerX, top: top + 34, lineHeight: drawing.lineHeight)
    case "collections", "queue":
      svg += ParticipantSymbol.box(
        participant.actor.type, x: x, top: top, width: participant.width, height: height)
      svg += text(
        participant.lines, x: participant.centerX,
        top: top + (height - Double(participant.lines.count) * drawing.lineHeight) / 2,
        lineHeight: drawing.lineHeight)
    default:
      svg +=
        "<rect x=\"\(n(x))\" y=\"\(n(top))\" width=\"\(n(participant.width))\" height=\"\(n(height))\" rx=\"3\"/>"
      svg += text(
        participant.lines, x: participant.centerX,
        top: top + (height - Double(participant.lines.count) * drawing.lineHeight) / 2,
        lineHeight: drawing.lineHeight)
    }
    svg += "</g>"
    if link != nil { svg += "</a>" }
    return svg + "\n"
  }

  static func frame(_ frame: SequenceDrawing.Frame, _ drawing: SequenceDrawing) -> String {
    let n = CurvePath.number
    var svg = "<g class=\"fd-frame\" data-kind=\"\(SVGText.attribute(frame.kind.lowercased()))\">"
    if frame.kind == "RECT" {
      let fill = SVGText.safeStyle(["fill:" + (frame.fill ?? "")])
      svg +=
        "<rect x=\"\(n(frame.x))\" y=\"\(n(frame.y))\" width=\"\(n(frame.width))\" height=\"\(n(frame.height))\""
      // The colour as written, as mermaid paints it (an `rgba()` carries its own transparency).
      svg += " style=\"\(SVGText.attribute(fill.isEmpty ? "fill:none" : fill))\"/></g>\n"
      return svg
    }
    svg +=
      "<rect class=\"fd-frame-box\" x=\"\(n(frame.x))\" y=\"\(n(frame.y))\" width=\"\(n(frame.width))\" height=\"\(n(frame.height))\"/>"
    let keyword = frame.kind.lowercased().replacingOccurrences(of: "_over", with: "")
    svg += "<path class=\"fd-tab\" d=\"M\(n(frame.x)),\(n(frame.y))h54v14l-8,8h-46z\"/>"
    svg +=
      "<text x=\"\(n(frame.x + 6))\" y=\"\(n(frame.y + 15))\" font-weight=\"600\">\(SVGText.text(keyword))</text>"
    if !frame.label.isEmpty {
      svg += "<text x=\"\(n(frame.x + 62))\" y=\"\(n(frame.y + 15))\">[\(SVGText.text(frame.label))]</text>"
    }
    for divider in frame.dividers {
      svg +=
        "<line x1=\"\(n(frame.x))\" y1=\"\(n(divider.y))\" x2=\"\(n(frame.x + frame.width))\" y2=\"\(n(divider.y))\"/>"
      if !divider.label.isEmpty {
        svg +=
          "<text x=\"\(n(frame.x + frame.width / 2))\" y=\"\(n(divider.y + 16))\" text-anchor=\"middle\">[\(SVGText.text(divider.label))]</text>"
      }
    }
    return svg + "</g>\n"
  }

  static func message(_ drawn: SequenceDrawing.Message, id: String, drawing: SequenceDrawing) -> String {
    let n = CurvePath.number
    let kind = drawn.message.kind
    var classes = "fd-message"
    if kind.hasPrefix("DOTTED") || kind.hasSuffix("_DOTTED") { classes += " fd-dotted" }
    let half = HalfArrowHead(kind: kind)
    let end: String? =
      if kind.hasSuffix("_OPEN") || half != nil { nil } else if kind.hasSuffix("_CROSS") {
        "cross"
      } else if kind.hasSuffix("_POINT") { "open" } else { "filled" }
    var svg =
      "<g class=\"fd-signal\" data-from=\"\(SVGText.attribute(drawn.message.from ?? ""))\" data-to=\"\(SVGText.attribute(drawn.message.to ?? ""))\">"
    let y = drawn.y
    let path: String
    if drawn.isSelf {
      path = "M\(n(drawn.fromX)),\(n(y))H\(n(drawn.fromX + 36))V\(n(y + 18))H\(n(drawn.fromX + 2))"
    } else {
      path = "M\(n(drawn.fromX)),\(n(y))L\(n(drawn.toX)),\(n(y))"
    }
    svg += "<path class=\"\(classes)\" d=\"\(path)\""
    if let end { svg += " marker-end=\"url(#\(id)-\(end))\"" }
    if kind.hasPrefix("BIDIRECTIONAL") { svg += " marker-start=\"url(#\(id)-filled)\"" }
    svg += "/>"
    if let half {
      // The barb sits at the receiver, or at the sender for the reverse arrows, on the line's end.
      let tip =
        drawn.isSelf
        ? (x: half.atSender ? drawn.fromX : drawn.fromX + 2, y: half.atSender ? y : y + 18)
        : (x: half.atSender ? drawn.fromX : drawn.toX, y: y)
      // Back along the line: a self message's line always runs to the right of its tip.
      let toward: Double = drawn.isSelf || (drawn.toX >= drawn.fromX) == half.atSender ? 1 : -1
      svg += half.path(tipX: tip.x, tipY: tip.y, back: toward)
    }
    let textX = drawn.isSelf ? drawn.fromX + 44 : (drawn.fromX + drawn.toX) / 2
    if !drawn.lines.isEmpty {
      let top = drawn.isSelf ? y - 2 : y - Double(drawn.lines.count) * drawing.lineHeight - 4
      svg += text(
        drawn.lines, x: textX, top: top, lineHeight: drawing.lineHeight,
        anchor: drawn.isSelf ? "start" : "middle")
    }
    if let number = drawn.number {
      svg += "<g class=\"fd-number\"><circle cx=\"\(n(drawn.fromX))\" cy=\"\(n(y))\" r=\"8\"/>"
      svg +=
        "<text x=\"\(n(drawn.fromX))\" y=\"\(n(y + 4))\" text-anchor=\"middle\">\(SVGText.text(number))</text></g>"
    }
    return svg + "</g>\n"
  }

  static func text(
    _ lines: [String], x: Double, top: Double, lineHeight: Double, weight: String? = nil,
    anchor: String = "middle"
  ) -> String {
    SVGText.block(lines, x: x, top: top, lineHeight: lineHeight, anchor: anchor, weight: weight)
  }
}
