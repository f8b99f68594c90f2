/// The components one change reaches, gathered as a graph walk finds them: affected ones, and ones
/// that may be affected with the reason. A component is listed once: affected wins over maybe, and
/// the components the change belongs to are never listed.
struct ImpactReach {
  private(set) var affected: [Impact] = []
  private(set) var mayBeAffected: [Impact] = []
  private let excluded: Set<String>
  private var places: [String: (affected: Bool, index: Int)] = [:]

  init(excluding keys: Set<String>) { excluded = keys }

  mutating func affect(_ key: String, _ impact: Impact) {
    guard !excluded.contains(key) else { return }
    if let place = places[key] {
      guard !place.affected else { return }
      mayBeAffected.remove(at: place.index)
      for (other, entry) in places where !entry.affected && entry.index > place.index {
        places[other] = (false, entry.index - 1)
      }
    }
    places[key] = (true, affected.count)
    affected.append(impact)
  }

  mutating func mayAffect(_ key: String, _ impact: Impact) {
    guard !excluded.contains(key), places[key] == nil else { return }
    places[key] = (false, mayBeAffected.count)
    mayBeAffected.append(impact)
  }

  /// Both lists, nearest first, then by name.
  func sorted() -> (affected: [Impact], mayBeAffected: [Impact]) {
    let order = { (a: Impact, b: Impact) in (a.depth, a.component) < (b.depth, b.component) }
    return (affected.sorted(by: order), mayBeAffected.sorted(by: order))
  }
}
