extension SearchTerms {
  /// Which lists of one key an entry is in.
  private struct Membership: Equatable {
    var strong = false
    var weak = false
    var names = false
  }

  /// Brings the terms of `old` up to `new`: the same entries in the same order, some with other words.
  /// Only keys whose lists changed are encoded again, so the terms come out as `SearchTerms(new)` would
  /// make them, in a fraction of the time. The caller checks the order (`SearchIndex.sameOrder`).
  mutating func update(from old: [SearchEntry], to new: [SearchEntry]) {
    var touched: Set<String> = []
    for id in new.indices where !Self.sameKeys(old[id], new[id]) {
      let before = Self.memberships(old[id])
      let after = Self.memberships(new[id])
      for key in Set(before.keys).union(after.keys) where before[key] != after[key] {
        let now = after[key] ?? Membership()
        modifyPostings(key) { postings in
          postings.remove(Int32(id))
          if now.strong { postings.insert(Int32(id), into: .strong) }
          if now.weak { postings.insert(Int32(id), into: .weak) }
          if now.names { postings.insert(Int32(id), into: .names) }
        }
        touched.insert(key)
      }
    }
    for key in touched { reencode(key) }
  }

  /// The key's record again, or the key added or dropped when it has come or gone.
  private mutating func reencode(_ key: String) {
    let position = Self.position(of: key, in: keys)
    let present = position < keys.count && keys[position] == key
    switch (postings(of: key), present) {
    case (let found?, true): records[position] = Self.record(key, found)
    case (let found?, false):
      keys.insert(key, at: position)
      records.insert(Self.record(key, found), at: position)
    case (nil, true):
      keys.remove(at: position)
      records.remove(at: position)
    case (nil, false): break
    }
  }

  /// Where `key` is, or would go, among the sorted `keys`.
  private static func position(of key: String, in keys: [String]) -> Int {
    var (low, high) = (0, keys.count)
    while low < high {
      let middle = (low + high) / 2
      if keys[middle].utf16.lexicographicallyPrecedes(key.utf16) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private static func sameKeys(_ left: SearchEntry, _ right: SearchEntry) -> Bool {
    left.strong == right.strong && left.words == right.words && left.nameKeys == right.nameKeys
  }

  /// The lists each of the entry's keys puts it in, by the rule `init` follows: a word of the title,
  /// names or headings is strong and never also weak.
  private static func memberships(_ entry: SearchEntry) -> [String: Membership] {
    var found: [String: Membership] = [:]
    for word in entry.strong { found[word, default: Membership()].strong = true }
    for word in entry.words where found[word]?.strong != true {
      found[word, default: Membership()].weak = true
    }
    for key in entry.nameKeys { found[key, default: Membership()].names = true }
    return found
  }
}
