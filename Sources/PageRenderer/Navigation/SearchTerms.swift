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

  private(set) var postings: [String: SearchPostings] = [:]
  /// Every key, in the order JavaScript compares strings (UTF-16 code units), as festdoc.js searches them.
  var keys: [String] = []
  /// Each key's record, at its position in `keys`.
  var records: [[UInt8]] = []

  /// With `jobs`, runs of entries are gathered side by side and joined: a later run's ids are all
  /// higher, so its lists follow the earlier run's as one pass would have added them.
  init(_ ordered: [SearchEntry], jobs: Int = 1) {
    let runs = ordered.count < 4096 ? 1 : max(1, jobs)
    var gathered = Concurrently.map(jobs: runs, count: runs) { run in
      Self.postings(ordered, ordered.count * run / runs..<ordered.count * (run + 1) / runs)
    }
    postings = gathered.removeFirst()
    for later in gathered {
      for (key, list) in later { postings[key, default: SearchPostings()].append(list) }
    }
    keys = postings.keys.map { (key: $0, units: Array($0.utf16)) }
      .sorted { $0.units.lexicographicallyPrecedes($1.units) }.map(\.key)
    records = keys.map { Self.record($0, postings[$0]!) }
  }

  private static func postings(_ ordered: [SearchEntry], _ range: Range<Int>) -> [String: SearchPostings] {
    var postings: [String: SearchPostings] = [:]
    for position in range {
      let (entry, id) = (ordered[position], Int32(position))
      for word in entry.strong { postings[word, default: SearchPostings()].add(id, to: .strong) }
      for word in entry.words { postings[word, default: SearchPostings()].add(id, to: .weak) }
      for key in entry.nameKeys { postings[key, default: SearchPostings()].add(id, to: .names) }
    }
    return postings
  }

  /// Changes the postings of `key`; an updated key's record is encoded again by `reencode`.
  mutating func modifyPostings(_ key: String, _ change: (inout SearchPostings) -> Void) {
    change(&postings[key, default: SearchPostings()])
    if postings[key]!.isEmpty { postings[key] = nil }
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
