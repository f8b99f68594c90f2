import FestivalModel
import Foundation
import Parallelism
import SitePlan

/// The search index, in parts so that one search loads a few of them, not the whole index: scripts, so
/// search works from `file://` (festdoc.js adds a part's `<script>` when a query needs it).
///
/// - `search/map.js`: the first key of every shard, and where each kind's entries start.
/// - `search/s<n>.js`: shards of keys in sorted order. A key is a word (with the entries whose title,
///   names or headings hold it, and those whose text does) or a whole name, lowercased.
/// - `search/d<n>.js`: titles and paths of `entriesPerChunk` entries at a time, loaded for the results
///   shown.
///
/// Entries are numbered by kind, then title length, then title: results of one kind and score are
/// already in the order shown, with no titles loaded to rank them.
struct SearchIndex: Sendable {
  /// Where the parts go, from the site root.
  static let folder = "search/"
  /// Bytes a shard grows to before the next starts (a single key's record may be larger).
  static let shardBytes = 24_000
  static let entriesPerChunk = 16
  /// Bytes of distinct words kept of each page.
  static let wordsKept = 8_192

  /// What one festival's catalog adds: an entry per named table row, and the names shown with the
  /// entries of the pages that define them.
  struct CatalogPart: Sendable {
    var rows: [SearchEntry] = []
    var namesByPage: [String: [String]] = [:]

    init(_ catalog: NameCatalog) {
      for thing in catalog.things {
        if thing.definition.utf8.contains(UInt8(ascii: "#")) {
          let title = thing.context.map { "\(thing.name) (\($0))" } ?? thing.name
          rows.append(
            SearchEntry(
              title: title, kind: SearchIndex.label(thing.kind), path: thing.definition, names: [thing.name]))
        } else {
          namesByPage[thing.definition, default: []].append(thing.name)
          if let alias = thing.alias { namesByPage[thing.definition, default: []].append(alias) }
        }
      }
    }
  }

  /// Per festival, in model order.
  let parts: [CatalogPart]

  init(catalogs: [NameCatalog]) {
    parts = catalogs.map(CatalogPart.init)
  }

  init(parts: [CatalogPart]) {
    self.parts = parts
  }

  /// The index of `pages`. With a `cache` and the pages' `inputs`, a page whose inputs an earlier build
  /// saw gets the entry it had then. The other entries are made, and the keys gathered, on `jobs`
  /// threads: a build without a cache makes 20,000 at 10,000 components.
  func files(
    pages: [PlannedPage], facts: [PageFacts?], inputs: [String?] = [], cache: RenderCache? = nil,
    jobs: Int = 1
  ) -> [RenderedFile] {
    let shown = pages.indices.filter { pages[$0].kind != .notFound }
    func fingerprint(_ index: Int) -> String? { cache != nil && index < inputs.count ? inputs[index] : nil }
    var entries = shown.map { index in
      fingerprint(index).flatMap { cache?.page(index, inputs: $0)?.searchEntry }
    }
    let missing = entries.indices.filter { entries[$0] == nil }
    let made = Concurrently.map(jobs: missing.count < 512 ? 1 : jobs, count: missing.count) {
      entry(pages[shown[missing[$0]]], facts: facts[shown[missing[$0]]])
    }
    for (entry, position) in zip(made, missing) {
      entries[position] = entry
      if let cache, let fingerprint = fingerprint(shown[position]) {
        cache.updatePage(shown[position], inputs: fingerprint) { $0.searchEntry = entry }
      }
    }
    return files(of: entries.map { $0! } + parts.flatMap(\.rows), cache: cache, jobs: jobs)
  }

  private func files(of entries: [SearchEntry], cache: RenderCache?, jobs: Int) -> [RenderedFile] {
    let ordered = Self.ordered(entries, cache: cache)
    let built = Self.terms(of: ordered, cache: cache, jobs: jobs)
    let shards = built.terms.shards(limit: Self.shardBytes)
    var files = [Self.map(ordered, firstKeys: shards.map(\.firstKey))]
    for (number, shard) in shards.enumerated() {
      files.append(Self.script(named: "s\(number)", body: shard.records))
    }
    files += built.chunks
    cache?.searchIndex = built
    return files
  }

  /// What a preview keeps of the index it wrote last. The next rebuild, when its entries come in the same
  /// order (a task edit changes words, not titles), updates these terms and keeps these chunks.
  struct Built {
    var ordered: [SearchEntry]
    var terms: SearchTerms
    var chunks: [RenderedFile]
  }

  private static func terms(of ordered: [SearchEntry], cache: RenderCache?, jobs: Int) -> Built {
    // Taken out of the cache, so the terms are changed in place, not copied.
    if var known = cache?.takeSearchIndex(), sameOrder(known.ordered, ordered) {
      known.terms.update(from: known.ordered, to: ordered)
      known.ordered = ordered
      cache?.countSearchIndexUpdate()
      return known
    }
    // The titles and paths beside the keys: neither needs the other.
    let (terms, titles) = Concurrently.run(jobs: jobs) {
      SearchTerms(ordered, jobs: jobs)
    } _: {
      Self.chunks(ordered)
    }
    return Built(ordered: ordered, terms: terms, chunks: titles)
  }

  /// Whether entries have the same ids, titles and paths: chunks and kinds the same, only words moved.
  static func sameOrder(_ left: [SearchEntry], _ right: [SearchEntry]) -> Bool {
    left.count == right.count
      && zip(left, right).allSatisfy { $0.kind == $1.kind && $0.title == $1.title && $0.path == $1.path }
  }

  private func entry(_ page: PlannedPage, facts: PageFacts?) -> SearchEntry {
    let headings = Self.isWritten(page.kind) ? facts?.headings.map(\.text) ?? [] : []
    let names = page.kind.festival.flatMap { parts[$0].namesByPage[page.path] } ?? []
    return SearchEntry(
      title: page.title, kind: page.kind.label, path: page.path, names: names, headings: headings,
      words: facts?.words ?? "")
  }

  /// By kind, then title length and title as JavaScript compares them (UTF-16 code units), then as given.
  static func ordered(_ entries: [SearchEntry], cache: RenderCache? = nil) -> [SearchEntry] {
    // The order depends on kinds and titles alone: a preview rebuild after a task edit, whose entries
    // have the kinds and titles of the build before, takes that build's order instead of sorting again.
    if let kept = cache?.searchOrder, kept.entries.count == entries.count,
      zip(kept.entries, entries).allSatisfy({ $0 === $1 || ($0.kind == $1.kind && $0.title == $1.title) })
    {
      cache?.searchOrder = (entries, kept.order)
      return kept.order.map { entries[$0] }
    }
    let titles = entries.map { Array($0.title.utf16) }
    let order = entries.indices.sorted { left, right in
      if entries[left].kind != entries[right].kind { return entries[left].kind < entries[right].kind }
      if titles[left].count != titles[right].count { return titles[left].count < titles[right].count }
      if titles[left] != titles[right] { return titles[left].lexicographicallyPrecedes(titles[right]) }
      return left < right
    }
    cache?.searchOrder = (entries, order)
    return order.map { entries[$0] }
  }

  /// `search/map.js`: the shards' first keys, each kind's first entry, and how entries are chunked.
  private static func map(_ ordered: [SearchEntry], firstKeys: [String]) -> RenderedFile {
    var bytes = Array(
      "festdocSearch(\"map\",{\"entries\":\(ordered.count),\"chunk\":\(entriesPerChunk),".utf8)
    bytes.append(contentsOf: "\"kinds\":[".utf8)
    var previous: String?
    for (id, entry) in ordered.enumerated() where entry.kind != previous {
      if previous != nil { bytes.append(UInt8(ascii: ",")) }
      bytes.append(UInt8(ascii: "["))
      JavaScriptLiteral.append(entry.kind, to: &bytes)
      bytes.append(contentsOf: ",\(id)]".utf8)
      previous = entry.kind
    }
    bytes.append(contentsOf: "],\n\"shards\":[".utf8)
    for (number, key) in firstKeys.enumerated() {
      if number > 0 { bytes.append(UInt8(ascii: ",")) }
      JavaScriptLiteral.append(key, to: &bytes)
    }
    bytes.append(contentsOf: "]});\n".utf8)
    return RenderedFile(path: folder + "map.js", data: Data(bytes))
  }

  /// `search/d<n>.js`: one `["title","path"]` line per entry.
  private static func chunks(_ ordered: [SearchEntry]) -> [RenderedFile] {
    stride(from: 0, to: ordered.count, by: entriesPerChunk).map { start in
      let records = ordered[start..<min(start + entriesPerChunk, ordered.count)].map { entry in
        var record: [UInt8] = [UInt8(ascii: "[")]
        JavaScriptLiteral.append(entry.title, to: &record)
        record.append(UInt8(ascii: ","))
        JavaScriptLiteral.append(entry.path, to: &record)
        record.append(UInt8(ascii: "]"))
        return record
      }
      return script(named: "d\(start / entriesPerChunk)", body: records)
    }
  }

  /// `festdocSearch("<name>",[` records, one per line `]);`.
  private static func script(named name: String, body records: [[UInt8]]) -> RenderedFile {
    var bytes = Array("festdocSearch(\"\(name)\",[\n".utf8)
    bytes.reserveCapacity(records.reduce(64) { $0 + $1.count + 2 })
    for (position, record) in records.enumerated() {
      if position > 0 { bytes.append(contentsOf: ",\n".utf8) }
      bytes.append(contentsOf: record)
    }
    bytes.append(contentsOf: "\n]);\n".utf8)
    return RenderedFile(path: folder + name + ".js", data: Data(bytes))
  }

  /// Pages whose headings an author wrote.
  private static func isWritten(_ kind: PageKind) -> Bool {
    switch kind {
    case .document, .interfaces: true
    default: false
    }
  }

  fileprivate static func label(_ kind: NamedThing.Kind) -> String {
    kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
  }

  /// `words` (as `words(_:limit:)` joins them) apart again: split on bytes, which is several times
  /// quicker than splitting the string on a `Character` for the thousands of pages a rebuild passes.
  static func wordList(_ words: String) -> [String] {
    words.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The text's distinct words, lowercased, in order of first appearance, up to `limit` bytes.
  static func words(_ text: String, limit: Int) -> String {
    words(MentionMatcher.words(text), limit: limit)
  }

  /// The same, from a text already split by `MentionMatcher.words(_:)`.
  static func words(_ split: [String], limit: Int) -> String {
    var seen: Set<String> = []
    var result = ""
    var length = 0
    for word in split where word.utf8.count > 1 {
      guard seen.insert(word).inserted else { continue }
      length += word.utf8.count + 1
      if length > limit + 1 { break }
      if !result.isEmpty { result += " " }
      result += word
    }
    return result
  }
}
