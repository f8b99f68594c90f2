import Foundation

/// Lays out a sequence diagram: columns sized by their labels and by the widest message between
/// neighbours, messages in order, notes, block frames, activation bars stacked, created participants
/// starting where they are created and destroyed ones ending with a cross.
public enum SequenceLayout {
  static let columnGap = 40.0
  static let headPadding = 12.0
  static let maxTextWidth = 240.0

  public static func layout(_ diagram: SequenceDiagram, measurer: TextMeasurer = TextMeasurer(fontSize: 14))
    -> SequenceDrawing
  {
    let lineHeight = measurer.lineHeight
    let actors = diagram.actors
    let index = Dictionary(actors.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    let headLines = actors.map { measurer.wrap($0.description, maxWidth: 180) }
    let widths = headLines.map { max(90, ($0.map(measurer.width).max() ?? 0) + 2 * headPadding) }
    let tallest = Double(headLines.map(\.count).max() ?? 1) * lineHeight
    // A stick figure stands above its name.
    let headHeight = max(40, tallest + 16, actors.contains { $0.type == "actor" } ? 40 + tallest : 0)
    // Gaps between neighbouring centres: wide enough for each message's text (and self messages).
    var gaps = (0..<max(0, actors.count - 1)).map { (widths[$0] + widths[$0 + 1]) / 2 + columnGap }
    func need(_ a: Int, _ b: Int, _ width: Double) {
      let (low, high) = (min(a, b), max(a, b))
      guard high > low else {
        if low < gaps.count { gaps[low] = max(gaps[low], widths[low] / 2 + width + 30) }
        return
      }
      let current = gaps[low..<high].reduce(0, +)
      if current < width { gaps[high - 1] += width - current }
    }
    for message in diagram.messages {
      guard let from = message.from.flatMap({ index[$0] }) else { continue }
      let to = message.to.flatMap { index[$0] } ?? from
      let textWidth =
        (measurer.wrap(message.text, maxWidth: maxTextWidth).map(measurer.width).max() ?? 0) + 24
      if message.kind == "NOTE" {
        if message.placement == .rightOf, from < gaps.count {
          gaps[from] = max(gaps[from], widths[from] / 2 + textWidth + 20)
        }
        if message.placement == .leftOf, from > 0 {
          gaps[from - 1] = max(gaps[from - 1], widths[from] / 2 + textWidth + 20)
        }
        if message.placement == .over, to != from { need(from, to, textWidth - 40) }
      } else if message.isSignal {
        need(from, to, from == to ? textWidth : textWidth + 16)
      }
    }
    var centers: [Double] = []
    var x = 10 + (widths.first ?? 0) / 2
    for position in actors.indices {
      centers.append(x)
      if position < gaps.count { x += gaps[position] }
    }
    let leftMargin = Self.leftMargin(
      diagram, index: index, firstWidth: widths.first ?? 0, measurer: measurer)
    centers = centers.map { $0 + leftMargin }

    var state = LayoutState(
      diagram: diagram, measurer: measurer, centers: centers, widths: widths, index: index,
      lineHeight: lineHeight,
      headHeight: headHeight)
    state.run()
    let participants = actors.enumerated().map { position, actor in
      SequenceDrawing.Participant(
        actor: actor, centerX: centers[position], width: widths[position], lines: headLines[position],
        headTop: state.headTops[actor.name] ?? 0,
        lifelineEnd: state.lifelineEnds[actor.name] ?? state.bottomTop,
        destroyed: state.lifelineEnds[actor.name] != nil)
    }
    var right = (0..<actors.count).map { centers[$0] + widths[$0] / 2 }.max() ?? 0
    for note in state.notes { right = max(right, note.x + note.width) }
    for message in state.messages where message.isSelf { right = max(right, message.fromX + 40 + 200) }
    for frame in state.frames { right = max(right, frame.x + frame.width) }
    let boxes = diagram.boxes.map { box -> SequenceDrawing.Box in
      let members = box.actorKeys.compactMap { index[$0] }
      let left = members.map { centers[$0] - widths[$0] / 2 }.min() ?? 0
      let rightEdge = members.map { centers[$0] + widths[$0] / 2 }.max() ?? 0
      return SequenceDrawing.Box(box: box, x: left - 8, width: rightEdge - left + 16)
    }
    return SequenceDrawing(
      width: right + 10, height: state.bottomTop + headHeight + 10, participants: participants,
      messages: state.messages,
      notes: state.notes, frames: state.frames, activations: state.activations, boxes: boxes,
      headHeight: headHeight,
      bottomTop: state.bottomTop, lineHeight: lineHeight)
  }

  /// Room left of the first participant: for notes written left of it, and for block frames, which reach
  /// 12 past its side.
  static func leftMargin(
    _ diagram: SequenceDiagram, index: [String: Int], firstWidth: Double, measurer: TextMeasurer
  ) -> Double {
    var margin = 0.0
    for message in diagram.messages where message.kind == "NOTE" && message.placement == .leftOf {
      if let from = message.from.flatMap({ index[$0] }), from == 0 {
        let textWidth =
          (measurer.wrap(message.text, maxWidth: maxTextWidth).map(measurer.width).max() ?? 0) + 24
        margin = max(margin, textWidth + 20 - firstWidth / 2)
      }
    }
    if diagram.messages.contains(where: { $0.kind.hasSuffix("_START") }) { margin = max(margin, 8) }
    return margin
  }
}
