import Foundation

extension SequenceLayout {
  /// Walks the entries in order, moving down the page.
  struct LayoutState {
    let diagram: SequenceDiagram
    let measurer: TextMeasurer
    let centers: [Double]
    let widths: [Double]
    let index: [String: Int]
    let lineHeight: Double
    let headHeight: Double
    var y = 0.0
    var messages: [SequenceDrawing.Message] = []
    var notes: [SequenceDrawing.Note] = []
    var frames: [SequenceDrawing.Frame] = []
    var activations: [SequenceDrawing.Activation] = []
    var headTops: [String: Double] = [:]
    var lifelineEnds: [String: Double] = [:]
    var bottomTop = 0.0
    var open:
      [(
        kind: String, label: String, top: Double, dividers: [(Double, String)], members: Set<Int>,
        fill: String?
      )] = []
    var active: [String: [Double]] = [:]
    var numbering: (next: Double, step: Double, visible: Bool)?

    init(
      diagram: SequenceDiagram, measurer: TextMeasurer, centers: [Double], widths: [Double],
      index: [String: Int],
      lineHeight: Double, headHeight: Double
    ) {
      self.diagram = diagram
      self.measurer = measurer
      self.centers = centers
      self.widths = widths
      self.index = index
      self.lineHeight = lineHeight
      self.headHeight = headHeight
    }

    /// Where a message meets an actor's lifeline: the edge of its activation bar when it has one.
    func lifelineX(_ name: String, towards other: Double) -> Double {
      guard let position = index[name] else { return 0 }
      let level = Double(active[name]?.count ?? 0)
      let center = centers[position]
      guard level > 0 else { return center }
      let offset = (level - 1) * 5
      return other >= center ? center + offset + 5 : center + offset - 5
    }

    mutating func involve(_ names: [String?]) {
      let positions = names.compactMap { $0.flatMap { index[$0] } }
      for frame in open.indices { open[frame].members.formUnion(positions) }
    }

    mutating func run() {
      y = 10 + headHeight + 24
      let endKinds: Set<String> = [
        "LOOP_END", "OPT_END", "ALT_END", "PAR_END", "CRITICAL_END", "BREAK_END", "RECT_END",
      ]
      let dividerKinds: Set<String> = ["ALT_ELSE", "PAR_AND", "CRITICAL_OPTION"]
      for (position, message) in diagram.messages.enumerated() {
        for (name, at) in diagram.created where at == position && headTops[name] == nil {
          headTops[name] = y
          y += headHeight + 12
        }
        switch message.kind {
        case "AUTONUMBER":
          if let settings = message.autonumber {
            numbering = settings.visible ? (settings.start ?? 1, settings.step ?? 1, true) : nil
          }
        case "NOTE":
          placeNote(message)
        case "ACTIVE_START":
          if let actor = message.from { active[actor, default: []].append(y - 12) }
        case "ACTIVE_END":
          if let actor = message.from, let top = active[actor]?.popLast(), let column = index[actor] {
            let level = Double(active[actor]?.count ?? 0)
            activations.append(
              SequenceDrawing.Activation(
                actor: actor, x: centers[column] + level * 5 - 5, top: top, bottom: y - 4))
          }
        case "CENTRAL_CONNECTION", "CENTRAL_CONNECTION_REVERSE":
          break
        case _ where message.kind.hasSuffix("_START"):
          let label = measurer.wrap(message.text, maxWidth: 300).joined(separator: " ")
          open.append((message.kind, label, y, [], [], message.kind == "RECT_START" ? message.text : nil))
          y += lineHeight + 14
        case _ where dividerKinds.contains(message.kind):
          if !open.isEmpty { open[open.count - 1].dividers.append((y, message.text)) }
          y += lineHeight + 14
        case _ where endKinds.contains(message.kind):
          closeFrame()
        default:
          placeSignal(message)
          for (name, at) in diagram.destroyed where at == position {
            if (message.from == name || message.to == name) && lifelineEnds[name] == nil {
              lifelineEnds[name] = y - 14
            }
          }
        }
      }
      while !open.isEmpty { closeFrame() }
      y += 12
      bottomTop = y
      for (actor, tops) in active {
        guard let column = index[actor] else { continue }
        for (level, top) in tops.enumerated() {
          activations.append(
            SequenceDrawing.Activation(
              actor: actor, x: centers[column] + Double(level) * 5 - 5, top: top, bottom: y - 4))
        }
      }
      activations.sort { ($0.top, $0.actor) < ($1.top, $1.actor) }
    }

    mutating func closeFrame() {
      guard let frame = open.popLast() else { return }
      let members = frame.members.isEmpty ? Set(centers.indices) : frame.members
      if !open.isEmpty { open[open.count - 1].members.formUnion(members) }
      let depth = Double(open.count)
      // A block around nothing (no participant at all) still gets a frame of its own width.
      let left = (members.map { centers[$0] - widths[$0] / 2 }.min() ?? 0) - 12 + depth * 4
      let right = (members.map { centers[$0] + widths[$0] / 2 }.max() ?? 150) + 12 - depth * 4
      y += 6
      frames.append(
        SequenceDrawing.Frame(
          kind: String(frame.kind.dropLast("_START".count)), label: frame.label, x: left, y: frame.top,
          width: right - left, height: y - frame.top, dividers: frame.dividers.map { ($0.0, $0.1) },
          depth: open.count,
          fill: frame.fill))
      y += 12
    }

    mutating func placeSignal(_ message: SequenceMessage) {
      guard let from = message.from, let to = message.to, let fromColumn = index[from],
        let toColumn = index[to]
      else {
        return
      }
      involve([from, to])
      let lines = message.text.isEmpty ? [] : measurer.wrap(message.text, maxWidth: maxTextWidth)
      y += Double(lines.count) * lineHeight + 6
      var number: String?
      if let current = numbering {
        number =
          current.next == current.next.rounded()
          ? String(Int(current.next)) : String(format: "%g", current.next)
        numbering = (current.next + current.step, current.step, true)
      }
      let isSelf = fromColumn == toColumn
      let fromX = lifelineX(from, towards: isSelf ? .infinity : centers[toColumn])
      let toX = isSelf ? fromX : lifelineX(to, towards: centers[fromColumn])
      messages.append(
        SequenceDrawing.Message(
          message: message, fromX: fromX, toX: toX, y: y, lines: lines, number: number, isSelf: isSelf))
      y += isSelf ? 40 : 22
    }

    mutating func placeNote(_ message: SequenceMessage) {
      guard let from = message.from, let column = index[from] else { return }
      involve([message.from, message.to])
      let lines = measurer.wrap(message.text, maxWidth: maxTextWidth)
      let textWidth = (lines.map(measurer.width).max() ?? 0) + 20
      let height = Double(lines.count) * lineHeight + 12
      let center = centers[column]
      var x: Double
      var width = max(textWidth, 60)
      switch message.placement ?? .over {
      case .leftOf: x = center - 10 - width
      case .rightOf: x = center + 10
      case .over:
        if let to = message.to, let other = index[to], other != column {
          let left = min(center, centers[other]) - 30
          let right = max(center, centers[other]) + 30
          width = max(width, right - left)
          x = (left + right) / 2 - width / 2
        } else {
          x = center - width / 2
        }
      }
      notes.append(
        SequenceDrawing.Note(message: message, x: x, y: y, width: width, height: height, lines: lines))
      y += height + 12
    }
  }
}
