extension SearchPostings {
  var isEmpty: Bool { strong.isEmpty && weak.isEmpty && names.isEmpty }

  /// Takes `id` out of every list.
  mutating func remove(_ id: Int32) {
    Self.remove(id, from: &strong)
    Self.remove(id, from: &weak)
    Self.remove(id, from: &names)
  }

  /// Puts `id` into `list` where its order says, unlike `add`, which takes ids in ascending order.
  mutating func insert(_ id: Int32, into list: List) {
    switch list {
    case .strong: Self.insert(id, into: &strong)
    case .weak: Self.insert(id, into: &weak)
    case .names: Self.insert(id, into: &names)
    }
  }

  private static func remove(_ id: Int32, from ids: inout [Int32]) {
    let position = firstPosition(notBelow: id, in: ids)
    if position < ids.count && ids[position] == id { ids.remove(at: position) }
  }

  private static func insert(_ id: Int32, into ids: inout [Int32]) {
    let position = firstPosition(notBelow: id, in: ids)
    if position == ids.count || ids[position] != id { ids.insert(id, at: position) }
  }

  private static func firstPosition(notBelow id: Int32, in ids: [Int32]) -> Int {
    var (low, high) = (0, ids.count)
    while low < high {
      let middle = (low + high) / 2
      if ids[middle] < id { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
