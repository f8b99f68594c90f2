/// Coordinates along and across a run toward one side of a box: `u` runs toward the side, `v` across
/// it, so one search for a clear lane serves all four sides.
struct Lanes {
  let alongX: Bool

  init(side: FlowDirection.Side) {
    alongX = side == .left || side == .right
  }

  struct Box {
    var minU: Double
    var minV: Double
    var maxU: Double
    var maxV: Double
  }

  func local(_ point: LayoutResult.Point) -> (u: Double, v: Double) {
    alongX ? (point.x, point.y) : (point.y, point.x)
  }

  func local(_ box: Obstacle) -> Box {
    alongX
      ? Box(minU: box.minX, minV: box.minY, maxU: box.maxX, maxV: box.maxY)
      : Box(minU: box.minY, minV: box.minX, maxU: box.maxY, maxV: box.maxX)
  }

  func point(u: Double, v: Double) -> LayoutResult.Point {
    alongX ? LayoutResult.Point(x: u, y: v) : LayoutResult.Point(x: v, y: u)
  }

  /// Where a lane at `v` stands among the candidates: lanes on the wanted side of the node's `centre`
  /// (beyond it when `downstream`) first, then the nearest to `target`, then the lower `v`.
  func rank(_ v: Double, from centre: Double, downstream: Bool, toward target: Double) -> (
    Int, Double, Double
  ) {
    ((v > centre) == downstream ? 0 : 1, abs(v - target), v)
  }

  /// Whether the run at `v` between `from` and `to` passes within `clearance` of a box.
  func runBlocked(across v: Double, from: Double, to: Double, by boxes: [Box], clearance: Double) -> Bool {
    let low = min(from, to)
    let high = max(from, to)
    return boxes.contains {
      $0.maxU > low && $0.minU < high && v > $0.minV - clearance && v < $0.maxV + clearance
    }
  }

  /// Whether the leg across the flow at `u`, from `from` to `to`, passes within `clearance` of a box.
  func legBlocked(at u: Double, from: Double, to: Double, by boxes: [Box], clearance: Double) -> Bool {
    let low = min(from, to)
    let high = max(from, to)
    return boxes.contains {
      $0.maxV > low && $0.minV < high && u > $0.minU - clearance && u < $0.maxU + clearance
    }
  }
}
