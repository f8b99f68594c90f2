/// A box in drawing coordinates an edge has to keep clear of.
struct Obstacle {
  var minX: Double
  var minY: Double
  var maxX: Double
  var maxY: Double
}
