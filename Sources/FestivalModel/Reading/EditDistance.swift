/// Levenshtein distance with an early exit, for "did you mean" suggestions.
enum EditDistance {
  static func between(_ a: String, _ b: String, limit: Int) -> Int {
    let left = Array(a)
    let right = Array(b)
    if abs(left.count - right.count) > limit { return limit + 1 }
    if left.isEmpty || right.isEmpty { return max(left.count, right.count) }
    var previous = Array(0...right.count)
    for i in 1...left.count {
      var current = [i] + Array(repeating: 0, count: right.count)
      var rowMinimum = current[0]
      for j in 1...right.count {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return limit + 1 }
      previous = current
    }
    return previous[right.count]
  }
}
