import Foundation

/// Smooth paths through a route's points: a uniform cubic B-spline that starts and ends exactly at the
/// route's ends (so arrowheads sit on the outline) and bends near the points between.
enum CurvePath {
  typealias Point = LayoutResult.Point

  /// One piece of the drawn path: a straight line or a cubic Bézier to `end`.
  enum Piece {
    case line(to: Point)
    case cubic(Point, Point, to: Point)
  }

  /// The path's pieces after its first point; the SVG path and the metrics both read them.
  static func pieces(_ route: [Point]) -> [Piece] {
    guard route.count > 2 else { return route.dropFirst().map { .line(to: $0) } }
    let points = tightened(route)
    var p0 = points[0]
    var p1 = points[1]
    var result: [Piece] = [.line(to: Point(x: (5 * p0.x + p1.x) / 6, y: (5 * p0.y + p1.y) / 6))]
    func segment(_ next: Point) {
      result.append(
        .cubic(
          Point(x: (2 * p0.x + p1.x) / 3, y: (2 * p0.y + p1.y) / 3),
          Point(x: (p0.x + 2 * p1.x) / 3, y: (p0.y + 2 * p1.y) / 3),
          to: Point(x: (p0.x + 4 * p1.x + next.x) / 6, y: (p0.y + 4 * p1.y + next.y) / 6)))
    }
    for point in points.dropFirst(2) {
      segment(point)
      p0 = p1
      p1 = point
    }
    segment(p1)
    result.append(.line(to: p1))
    return result
  }

  /// How far from a bend the curve starts to turn, at most: the spline cuts a corner by a sixth of the
  /// segments beside it, so on a long segment a bend would swing wide across the nodes next to it.
  static let bendReach = 24.0

  /// The route with a point `bendReach` before and after each bend on every long segment, so the
  /// curve keeps to the route's lines until close to the bend.
  static func tightened(_ points: [Point]) -> [Point] {
    var result = [points[0]]
    for (index, (from, to)) in zip(points, points.dropFirst()).enumerated() {
      let length = MetricGeometry.distance(from, to)
      if length > 3 * bendReach {
        let share = bendReach / length
        if index > 0 {
          result.append(Point(x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share))
        }
        if index < points.count - 2 {
          result.append(Point(x: to.x - (to.x - from.x) * share, y: to.y - (to.y - from.y) * share))
        }
      }
      result.append(to)
    }
    return result
  }

  static func d(_ points: [Point]) -> String {
    guard let first = points.first else { return "" }
    var path = "M\(number(first.x)),\(number(first.y))"
    for piece in pieces(points) {
      switch piece {
      case .line(let end): path += "L\(number(end.x)),\(number(end.y))"
      case .cubic(let c1, let c2, let end):
        path +=
          "C\(number(c1.x)),\(number(c1.y)) \(number(c2.x)),\(number(c2.y)) \(number(end.x)),\(number(end.y))"
      }
    }
    return path
  }

  /// The drawn path as a polyline: each curve sampled at eight points, as a crossing counter reads it.
  static func flattened(_ points: [Point]) -> [Point] {
    guard var current = points.first else { return [] }
    var result = [current]
    for piece in pieces(points) {
      switch piece {
      case .line(let end):
        result.append(end)
        current = end
      case .cubic(let c1, let c2, let end):
        for step in 1...8 {
          let t = Double(step) / 8
          let u = 1 - t
          let a = u * u * u
          let b = 3 * u * u * t
          let c = 3 * u * t * t
          let d = t * t * t
          result.append(
            Point(
              x: a * current.x + b * c1.x + c * c2.x + d * end.x,
              y: a * current.y + b * c1.y + c * c2.y + d * end.y))
        }
        current = end
      }
    }
    return result
  }

  /// Two decimals at most, no trailing zeros: compact and byte-stable. Written digit by digit into a
  /// string small enough to need no heap storage, because drawings print hundreds of thousands of
  /// numbers; `spelledNumber` says the same the long way and takes what does not fit.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let hundredths = Int((value * 100).rounded())
    if hundredths == 0 { return "0" }
    let magnitude = hundredths.magnitude
    // A sign, eleven digits, a point and two decimals: the fifteen bytes of a small string.
    guard magnitude < 10_000_000_000_000 else { return spelledNumber(value) }
    let whole = magnitude / 100
    let fraction = UInt8(magnitude % 100)
    return String(unsafeUninitializedCapacity: 15) { bytes in
      var count = 0
      func put(_ byte: UInt8) {
        bytes[count] = byte
        count += 1
      }
      if hundredths < 0 { put(UInt8(ascii: "-")) }
      var divisor: UInt = 1
      while divisor <= whole / 10 { divisor *= 10 }
      var rest = whole
      while divisor > 0 {
        put(UInt8(ascii: "0") + UInt8(rest / divisor))
        rest %= divisor
        divisor /= 10
      }
      if fraction != 0 {
        put(UInt8(ascii: "."))
        put(UInt8(ascii: "0") + fraction / 10)
        if fraction % 10 != 0 { put(UInt8(ascii: "0") + fraction % 10) }
      }
      return count
    }
  }

  /// `number` through `String(Int)` and concatenation.
  static func spelledNumber(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let hundredths = Int((value * 100).rounded())
    if hundredths == 0 { return "0" }
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = abs(hundredths)
    let whole = magnitude / 100
    let fraction = magnitude % 100
    if fraction == 0 { return sign + String(whole) }
    if fraction % 10 == 0 { return sign + String(whole) + "." + String(fraction / 10) }
    return sign + String(whole) + (fraction < 10 ? ".0" : ".") + String(fraction)
  }
}
