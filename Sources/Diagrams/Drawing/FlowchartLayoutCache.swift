import Foundation

/// Drawings kept between the builds of one preview session: most flowcharts of a site come out the same
/// after an edit, and laying them out is most of what drawing costs. Entries not asked for during a
/// build are let go when the next one ends, so the cache holds at most two builds' drawings.
public final class FlowchartLayoutCache: @unchecked Sendable {
  private var current: [Flowchart: FlowchartDrawing] = [:]
  private var previous: [Flowchart: FlowchartDrawing] = [:]
  private let lock = NSLock()
  /// Drawings answered from the cache since it was made, for tests and timings.
  public private(set) var hits = 0

  public init() {}

  /// The chart's drawing with the default options, laid out only when no earlier build drew it.
  public func drawing(for chart: Flowchart) -> FlowchartDrawing {
    lock.lock()
    if let drawing = current[chart] ?? previous[chart] {
      current[chart] = drawing
      hits += 1
      lock.unlock()
      return drawing
    }
    lock.unlock()
    // Laid out outside the lock: pages draw in parallel.
    let drawing = FlowchartLayout.layout(chart)
    lock.lock()
    current[chart] = drawing
    lock.unlock()
    return drawing
  }

  /// Ends a build: what it did not draw is dropped after the next one.
  public func endBuild() {
    lock.lock()
    previous = current
    current = [:]
    lock.unlock()
  }
}
