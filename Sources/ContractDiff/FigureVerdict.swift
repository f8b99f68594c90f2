import FestivalModel

/// How a promised figure moved between the sides, read from parsed quantities.
enum FigureVerdict: Equatable {
  case same
  /// A better promise: faster, more available, more capacity.
  case tightened
  /// A weaker promise.
  case relaxed
  /// Units that do not compare, or figures on one side only.
  case incomparable

  /// One figure against another; `higherIsBetter` says which way is a better promise.
  static func of(old: Quantity, new: Quantity, higherIsBetter: Bool) -> FigureVerdict {
    guard old.baseUnit == new.baseUnit else { return .incomparable }
    if old.baseValue == new.baseValue { return .same }
    return (new.baseValue > old.baseValue) == higherIsBetter ? .tightened : .relaxed
  }

  /// The figures of a cell (`99.95% uptime, <2s response`) against the other side's, unit by unit:
  /// times are better lower, everything else (percentages, rates, sizes, counts) higher. Any relaxed
  /// figure makes the cell relaxed.
  static func of(old: [Quantity], new: [Quantity]) -> FigureVerdict {
    var verdicts: [FigureVerdict] = []
    for figure in old {
      guard let match = new.first(where: { $0.baseUnit == figure.baseUnit }) else { continue }
      verdicts.append(of(old: figure, new: match, higherIsBetter: figure.baseUnit != "ms"))
    }
    if verdicts.contains(.relaxed) { return .relaxed }
    if verdicts.contains(.tightened) { return .tightened }
    let compared = verdicts.count == old.count && verdicts.count == new.count
    return compared ? .same : .incomparable
  }
}
