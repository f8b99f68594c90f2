import Foundation

/// Plane geometry for the drawing metrics: boxes, segment intersections and clipping.
enum MetricGeometry {
  typealias Point = LayoutResult.Point

  struct Box: Equatable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    init(center: Point, width: Double, height: Double) {
      minX = center.x - width / 2
      maxX = center.x + width / 2
      minY = center.y - height / 2
      maxY = center.y + height / 2
    }

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
      self.minX = minX
      self.minY = minY
      self.maxX = maxX
      self.maxY = maxY
    }

    func inset(_ amount: Double) -> Box {
      Box(minX: minX + amount, minY: minY + amount, maxX: maxX - amount, maxY: maxY - amount)
    }

    var isEmpty: Bool { minX >= maxX || minY >= maxY }

    /// True when the interiors share more than `slack` in both directions.
    func overlaps(_ other: Box, slack: Double = 0.5) -> Bool {
      min(maxX, other.maxX) - max(minX, other.minX) > slack
        && min(maxY, other.maxY) - max(minY, other.minY) > slack
    }

    func contains(_ other: Box, slack: Double = 0.5) -> Bool {
      other.minX >= minX - slack && other.maxX <= maxX + slack && other.minY >= minY - slack
        && other.maxY <= maxY + slack
    }

    /// Whether the segment a-b enters the box (Liang–Barsky clipping).
    func isCut(by a: Point, _ b: Point) -> Bool {
      guard !isEmpty else { return false }
      var low = 0.0
      var high = 1.0
      let dx = b.x - a.x
      let dy = b.y - a.y
      for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
        if abs(p) < 1e-12 {
          if q < 0 { return false }
          continue
        }
        let r = q / p
        if p < 0 { low = max(low, r) } else { high = min(high, r) }
        if low > high { return false }
      }
      return true
    }

    func isCut(by polyline: [Point]) -> Bool {
      zip(polyline, polyline.dropFirst()).contains { isCut(by: $0, $1) }
    }
  }

  /// Where segments a-b and c-d meet, if they do.
  static func intersection(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Point? {
    let denominator = (a.x - b.x) * (c.y - d.y) - (a.y - b.y) * (c.x - d.x)
    guard abs(denominator) > 1e-9 else { return nil }
    let t = ((a.x - c.x) * (c.y - d.y) - (a.y - c.y) * (c.x - d.x)) / denominator
    let u = -((a.x - b.x) * (a.y - c.y) - (a.y - b.y) * (a.x - c.x)) / denominator
    guard (0...1).contains(t), (0...1).contains(u) else { return nil }
    return Point(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))
  }

  static func distance(_ a: Point, _ b: Point) -> Double {
    ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
  }

  /// The turn at `b` between a-b and b-c, in degrees (0: straight on, 180: straight back).
  static func turn(_ a: Point, _ b: Point, _ c: Point) -> Double {
    let ux = b.x - a.x
    let uy = b.y - a.y
    let vx = c.x - b.x
    let vy = c.y - b.y
    let lengths = (ux * ux + uy * uy).squareRoot() * (vx * vx + vy * vy).squareRoot()
    guard lengths > 1e-9 else { return 0 }
    let cosine = max(-1, min(1, (ux * vx + uy * vy) / lengths))
    return acos(cosine) * 180 / .pi
  }

  /// A route's points without repeats and without points closer than half a pixel to the one before.
  static func distinct(_ points: [Point]) -> [Point] {
    var result: [Point] = []
    for point in points where result.last.map({ distance($0, point) >= 0.5 }) ?? true { result.append(point) }
    return result
  }

  /// Whether two polylines cross somewhere farther than `radius` from each one's ends.
  static func cross(_ first: [Point], _ second: [Point], radius: Double) -> Bool {
    guard let a0 = first.first, let a1 = first.last, let b0 = second.first, let b1 = second.last else {
      return false
    }
    let ends = [a0, a1, b0, b1]
    for (p, q) in zip(first, first.dropFirst()) {
      for (r, s) in zip(second, second.dropFirst()) {
        if let hit = intersection(p, q, r, s), !ends.contains(where: { distance($0, hit) < radius }) {
          return true
        }
      }
    }
    return false
  }

  static func bounds(_ points: [Point]) -> Box {
    var box = Box(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
    for point in points {
      box.minX = min(box.minX, point.x)
      box.maxX = max(box.maxX, point.x)
      box.minY = min(box.minY, point.y)
      box.maxY = max(box.maxY, point.y)
    }
    return box
  }
}
