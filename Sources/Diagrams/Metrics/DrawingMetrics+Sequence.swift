extension DrawingMetrics {
  /// A sequence diagram's counts: what reaches outside the drawing, and its area.
  public init(_ drawing: SequenceDrawing) {
    self.init()
    area = drawing.width * drawing.height
    let frame = Box(minX: 0, minY: 0, maxX: drawing.width, maxY: drawing.height)
    var boxes: [Box] = drawing.frames.map {
      Box(minX: $0.x, minY: $0.y, maxX: $0.x + $0.width, maxY: $0.y + $0.height)
    }
    boxes += drawing.notes.map { Box(minX: $0.x, minY: $0.y, maxX: $0.x + $0.width, maxY: $0.y + $0.height) }
    boxes += drawing.participants.map {
      Box(
        minX: $0.centerX - $0.width / 2, minY: $0.headTop, maxX: $0.centerX + $0.width / 2,
        maxY: $0.headTop + drawing.headHeight)
    }
    boxes += drawing.boxes.map { Box(minX: $0.x, minY: 0, maxX: $0.x + $0.width, maxY: 0) }
    clipped = boxes.filter { !frame.contains($0) }.count
    var notes = drawing.notes.map {
      Box(minX: $0.x, minY: $0.y, maxX: $0.x + $0.width, maxY: $0.y + $0.height)
    }
    while let note = notes.popLast() { nodeOverlaps += notes.filter { $0.overlaps(note) }.count }
  }
}
