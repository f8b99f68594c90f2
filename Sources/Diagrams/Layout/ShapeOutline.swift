import Foundation

/// The outline of a node shape, for ending edges on it rather than on the node's box.
public enum ShapeOutline: Hashable, Sendable {
  case rectangle
  case ellipse
  case diamond
  case capsule
  /// A polygon with corners as fractions of the box (from its centre, -0.5...0.5).
  case polygon([LayoutResult.Point])

  /// Where the ray from the centre toward `target` leaves the outline of a `width` × `height` box
  /// centred at `center`.
  public func boundaryPoint(
    center: LayoutResult.Point, width: Double, height: Double, toward target: LayoutResult.Point
  )
    -> LayoutResult.Point
  {
    let dx = target.x - center.x
    let dy = target.y - center.y
    guard abs(dx) > 1e-9 || abs(dy) > 1e-9, width > 0, height > 0 else { return center }
    let halfWidth = width / 2
    let halfHeight = height / 2
    var scale: Double
    switch self {
    case .rectangle:
      scale = min(
        abs(dx) > 1e-9 ? halfWidth / abs(dx) : .infinity, abs(dy) > 1e-9 ? halfHeight / abs(dy) : .infinity)
    case .ellipse:
      scale = 1 / ((dx / halfWidth) * (dx / halfWidth) + (dy / halfHeight) * (dy / halfHeight)).squareRoot()
    case .diamond:
      scale = 1 / (abs(dx) / halfWidth + abs(dy) / halfHeight)
    case .capsule:
      scale = Self.capsuleScale(dx: dx, dy: dy, halfWidth: halfWidth, halfHeight: halfHeight)
    case .polygon(let corners):
      scale = Self.polygonScale(
        dx: dx, dy: dy, corners: corners.map { LayoutResult.Point(x: $0.x * width, y: $0.y * height) })
    }
    if !scale.isFinite { scale = 1 }
    return LayoutResult.Point(x: center.x + dx * scale, y: center.y + dy * scale)
  }

  /// A rectangle with half-circle ends (the radius is the smaller half side).
  static func capsuleScale(dx: Double, dy: Double, halfWidth: Double, halfHeight: Double) -> Double {
    let radius = min(halfWidth, halfHeight)
    let rectangle = min(
      abs(dx) > 1e-9 ? halfWidth / abs(dx) : .infinity, abs(dy) > 1e-9 ? halfHeight / abs(dy) : .infinity)
    let x = dx * rectangle
    let y = dy * rectangle
    let cornerX = halfWidth - radius
    let cornerY = halfHeight - radius
    guard abs(x) > cornerX + 1e-9, abs(y) > cornerY + 1e-9 else { return rectangle }
    // Intersect the ray with the circle of the end it points into.
    let cx = x > 0 ? cornerX : -cornerX
    let cy = y > 0 ? cornerY : -cornerY
    let a = dx * dx + dy * dy
    let b = -2 * (dx * cx + dy * cy)
    let c = cx * cx + cy * cy - radius * radius
    let discriminant = b * b - 4 * a * c
    guard discriminant >= 0 else { return rectangle }
    return (-b + discriminant.squareRoot()) / (2 * a)
  }

  /// The smallest positive scale at which the ray meets an edge of the polygon.
  static func polygonScale(dx: Double, dy: Double, corners: [LayoutResult.Point]) -> Double {
    var best = Double.infinity
    for index in corners.indices {
      let a = corners[index]
      let b = corners[(index + 1) % corners.count]
      let ex = b.x - a.x
      let ey = b.y - a.y
      let denominator = dx * ey - dy * ex
      guard abs(denominator) > 1e-12 else { continue }
      let t = (a.x * ey - a.y * ex) / denominator
      let u = (a.x * dy - a.y * dx) / denominator
      if t > 1e-9 && u >= -1e-9 && u <= 1 + 1e-9 { best = min(best, t) }
    }
    return best
  }
}
