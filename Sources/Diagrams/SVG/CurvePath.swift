import Foundation

/// Smooth paths through a route's points: a uniform cubic B-spline that starts and ends exactly at the
/// route's ends (so arrowheads sit on the outline) and bends near the points between.
enum CurvePath {
  static func d(_ points: [LayoutResult.Point]) -> String {
    guard let first = points.first else { return "" }
    var path = "M\(number(first.x)),\(number(first.y))"
    guard points.count > 2 else {
      for point in points.dropFirst() { path += "L\(number(point.x)),\(number(point.y))" }
      return path
    }
    var x0 = first.x
    var y0 = first.y
    var x1 = points[1].x
    var y1 = points[1].y
    path += "L\(number((5 * x0 + x1) / 6)),\(number((5 * y0 + y1) / 6))"
    func segment(_ x: Double, _ y: Double) {
      path += "C\(number((2 * x0 + x1) / 3)),\(number((2 * y0 + y1) / 3)) "
      path += "\(number((x0 + 2 * x1) / 3)),\(number((y0 + 2 * y1) / 3)) "
      path += "\(number((x0 + 4 * x1 + x) / 6)),\(number((y0 + 4 * y1 + y) / 6))"
    }
    for point in points.dropFirst(2) {
      segment(point.x, point.y)
      x0 = x1
      y0 = y1
      x1 = point.x
      y1 = point.y
    }
    segment(x1, y1)
    path += "L\(number(x1)),\(number(y1))"
    return path
  }

  /// Two decimals at most, no trailing zeros: compact and byte-stable. Integer arithmetic, because
  /// drawings print hundreds of thousands of numbers.
  static func number(_ value: Double) -> String {
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
