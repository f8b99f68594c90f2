import Diagrams
import FestivalModel
import Foundation
import Parallelism

/// Component neighbourhoods laid out on a helper thread while the check, plan and resolve steps run,
/// which leave a core idle: laying them out is most of what a full build's component pages cost, and
/// they need nothing but the contract. The render takes each drawing once (`take`) and lays out itself
/// whatever the helper had not reached when it stopped; a drawing is the same whoever lays it out.
public final class DrawingsAhead: @unchecked Sendable {
  private let board: Board
  private let work: Pending<Void>

  /// The most neighbourhoods laid out ahead, so that few wait for their pages. The steps before the
  /// render leave time for about 170 at 1,000 components; at 10,000 they leave time for thousands,
  /// which the render then draws no sooner than its own threads would.
  public static let limit = 500

  /// Starts laying out the festivals' component neighbourhoods, in contract order, `limit` at most.
  public init(_ model: ContentModel, limit: Int = DrawingsAhead.limit) {
    let contracts = model.festivals.map(\.interfaces)
    let board = Board(counts: contracts.map { $0?.components.count ?? 0 })
    self.board = board
    work = Pending { board.drawAll(contracts, limit: limit) }
  }

  // A build that stops before rendering lets the helper go at once.
  deinit { board.stop() }

  /// Stops the helper after the layout it is on: from here the render's own threads lay out the rest.
  public func stop() { board.stop() }

  /// Waits until the helper has stopped or laid out every neighbourhood (for tests).
  func waitForHelper() { work.value }

  /// The neighbourhood drawing of the festival's `component`-th component when the helper laid out
  /// this very chart (waiting while it is on it); nil when the render should lay it out.
  func take(festival: Int, component: Int, chart: Flowchart) -> FlowchartDrawing? {
    guard let drawn = board.take(festival, component), drawn.chart == chart else { return nil }
    return drawn.drawing
  }

  /// Which neighbourhoods are waiting, being laid out, laid out or taken; shared by the helper and the
  /// render's threads.
  private final class Board: @unchecked Sendable {
    enum Slot {
      case waiting
      case drawing
      case drawn(chart: Flowchart, drawing: FlowchartDrawing)
      case taken
    }
    private let condition = NSCondition()
    private var slots: [[Slot]]
    private var stopped = false

    init(counts: [Int]) { slots = counts.map { Array(repeating: .waiting, count: $0) } }

    func stop() {
      condition.withLock { stopped = true }
    }

    func drawAll(_ contracts: [InterfaceContract?], limit: Int) {
      var drawn = 0
      for (festival, contract) in contracts.enumerated() {
        guard let contract, drawn < limit else { continue }
        let index = FestivalIndex(contract)
        for (number, component) in contract.components.enumerated() {
          guard drawn < limit else { return }
          drawn += 1
          guard claim(festival, number) else {
            if condition.withLock({ stopped }) { return }
            continue
          }
          let chart = GeneratedGraphs.neighbourhood(contract, index: index, of: component.name)
          let drawing = FlowchartLayout.layout(chart)
          condition.withLock {
            slots[festival][number] = .drawn(chart: chart, drawing: drawing)
            condition.broadcast()
          }
        }
      }
    }

    /// Marks a waiting neighbourhood as the helper's; false once stopped or taken.
    private func claim(_ festival: Int, _ number: Int) -> Bool {
      condition.withLock {
        guard !stopped, case .waiting = slots[festival][number] else { return false }
        slots[festival][number] = .drawing
        return true
      }
    }

    func take(_ festival: Int, _ number: Int) -> (chart: Flowchart, drawing: FlowchartDrawing)? {
      condition.withLock {
        guard festival < slots.count, number < slots[festival].count else { return nil }
        while case .drawing = slots[festival][number] { condition.wait() }
        let slot = slots[festival][number]
        slots[festival][number] = .taken
        guard case .drawn(let chart, let drawing) = slot else { return nil }
        return (chart, drawing)
      }
    }
  }
}
