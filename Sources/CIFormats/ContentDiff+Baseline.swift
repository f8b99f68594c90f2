import ContractDiff

extension ContentDiff {
  /// The diff with only the changes `keep` marks, in the order of `Finding.changes(self)`.
  public func keeping(_ keep: [Bool]) -> ContentDiff {
    var remaining = keep[...]
    var copy = self
    for index in copy.festivals.indices {
      copy.festivals[index].changes = copy.festivals[index].changes.filter { _ in remaining.popFirst() ?? true
      }
    }
    return copy
  }
}
