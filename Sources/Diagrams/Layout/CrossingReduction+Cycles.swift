extension CrossingReduction {
  /// The last passes of one start of `order`. A pass's result depends only on the order it starts from
  /// and on where it falls in the cycle of four (direction, tie rule), so once a pass gives the order the
  /// pass four before it gave, every later pass repeats one already made: no count can improve, and all
  /// they would change is the transposition budget they spend. Small graphs (a page's neighbourhood)
  /// reach such a cycle within a few passes and would otherwise run eight more.
  struct PassCycle {
    private var orders: [[[Int]]] = []
    private var spent: [Int] = []

    /// Records a pass's order and the budget it spent. When the order repeats the one four passes
    /// before, returns what the next `remaining` passes would spend; else nil.
    mutating func record(_ layers: [[Int]], spent cost: Int, remaining: Int) -> Int? {
      orders.append(layers)
      spent.append(cost)
      if orders.count > 5 {
        orders.removeFirst()
        spent.removeFirst()
      }
      guard orders.count == 5, orders[4] == orders[0] else { return nil }
      return (0..<max(0, remaining)).reduce(0) { $0 + spent[1 + $1 % 4] }
    }
  }
}
