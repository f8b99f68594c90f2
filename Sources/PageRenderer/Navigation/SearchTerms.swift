import FestivalModel
import Parallelism

/// Every search key of the ordered entries with where it occurs, and the shards they are written in.
/// Keys are kept sorted, each with its encoded record, so a preview rebuild changes only the keys of the
/// entries that changed (`SearchTerms+Updating.swift`).
struct SearchTerms {
  /// A run of keys in sorted order, written as one script.
  struct Shard {
    var firstKey: String
    var records: [[UInt8]]
  }

  /// Each key's lists, in groups by a hash of the key's bytes (one group without jobs).
  private var groups: [[String: SearchPostings]] = [[:]]
  /// Every key, in the order JavaScript compares strings (UTF-16 code units), as festdoc.js searches them.
  var keys: [String] = []
  /// Each key's record, at its position in `keys`.
  var records: [[UInt8]] = []

  /// With `jobs`, the keys are split into groups by a hash of their bytes: each group's lists are
  /// gathered from every entry, its keys sorted and encoded, on a thread of its own, and the sorted groups
  /// merged. No key's lists are joined from parts, so the merge is all that runs on one thread (joining
  /// the lists of runs of entries instead left a core idle for half a second at 10,000 components).
  init(_ ordered: [SearchEntry], jobs: Int = 1) {
    let count = ordered.count < 4096 ? 1 : max(1, jobs)
    let parts = Concurrently.map(jobs: count, count: count) { group in
      Part(ordered, group: group, of: count)
    }
    groups = parts.map(\.postings)
    (keys, records) = Self.merged(parts)
    // A key's code units, a million arrays at 10,000 components, are freed while the build goes on.
    BackgroundRelease.release(parts)
  }

  /// One group's keys: their lists, their order and their records.
  private struct Part {
    var postings: [String: SearchPostings] = [:]
    var keys: [(key: String, units: [UInt16])] = []
    var records: [[UInt8]] = []

    init(_ ordered: [SearchEntry], group: Int, of count: Int) {
      for position in ordered.indices {
        let (entry, id) = (ordered[position], Int32(position))
        for word in entry.strong where SearchTerms.group(of: word, count) == group {
          postings[word, default: SearchPostings()].add(id, to: .strong)
        }
        for word in entry.words where SearchTerms.group(of: word, count) == group {
          postings[word, default: SearchPostings()].add(id, to: .weak)
        }
        for key in entry.nameKeys where SearchTerms.group(of: key, count) == group {
          postings[key, default: SearchPostings()].add(id, to: .names)
        }
      }
      keys = postings.keys.map { (key: $0, units: Array($0.utf16)) }
        .sorted { $0.units.lexicographicallyPrecedes($1.units) }
      records = keys.map { SearchTerms.record($0.key, postings[$0.key]!) }
    }
  }

  /// The groups' sorted keys and records as one sorted list.
  private static func merged(_ parts: [Part]) -> (keys: [String], records: [[UInt8]]) {
    guard parts.count > 1 else { return (parts.first?.keys.map(\.key) ?? [], parts.first?.records ?? []) }
    var keys: [String] = []
    var records: [[UInt8]] = []
    let total = parts.reduce(0) { $0 + $1.keys.count }
    keys.reserveCapacity(total)
    records.reserveCapacity(total)
    var next = Array(repeating: 0, count: parts.count)
    while keys.count < total {
      var lowest: Int?
      for part in parts.indices where next[part] < parts[part].keys.count {
        if let low = lowest,
          !parts[part].keys[next[part]].units.lexicographicallyPrecedes(parts[low].keys[next[low]].units)
        {
          continue
        }
        lowest = part
      }
      let part = lowest!
      keys.append(parts[part].keys[next[part]].key)
      records.append(parts[part].records[next[part]])
      next[part] += 1
    }
    return (keys, records)
  }

  /// Which of `count` groups `key` belongs to: FNV-1a over its UTF-8 bytes, so a key is in the same
  /// group whichever entry holds it.
  static func group(of key: String, _ count: Int) -> Int {
    guard count > 1 else { return 0 }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(hash % UInt64(count))
  }

  /// The lists of `key`, if any entry holds it.
  func postings(of key: String) -> SearchPostings? {
    groups[Self.group(of: key, groups.count)][key]
  }

  /// Changes the postings of `key`; an updated key's record is encoded again by `reencode`.
  mutating func modifyPostings(_ key: String, _ change: (inout SearchPostings) -> Void) {
    let group = Self.group(of: key, groups.count)
    change(&groups[group][key, default: SearchPostings()])
    if groups[group][key]!.isEmpty { groups[group][key] = nil }
  }

  /// `["key","strong","weak","names"]`, empty lists at the end left out.
  static func record(_ key: String, _ found: SearchPostings) -> [UInt8] {
    let lists = [found.strong, found.weak, found.names]
    let kept = (lists.lastIndex { !$0.isEmpty } ?? -1) + 1
    var bytes: [UInt8] = [UInt8(ascii: "[")]
    JavaScriptLiteral.append(key, to: &bytes)
    for list in lists.prefix(kept) {
      bytes.append(contentsOf: ",\"".utf8)
      SearchPostings.append(list, to: &bytes)
      bytes.append(UInt8(ascii: "\""))
    }
    bytes.append(UInt8(ascii: "]"))
    return bytes
  }

  /// Consecutive keys, a new shard started once one holds `limit` bytes.
  func shards(limit: Int) -> [Shard] {
    var shards: [Shard] = []
    var size = 0
    for (key, record) in zip(keys, records) {
      if shards.isEmpty || size + record.count + 2 > limit && !shards[shards.count - 1].records.isEmpty {
        shards.append(Shard(firstKey: key, records: []))
        size = 0
      }
      shards[shards.count - 1].records.append(record)
      size += record.count + 2
    }
    return shards
  }
}
