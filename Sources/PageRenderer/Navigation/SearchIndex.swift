import FestivalModel
import Foundation
import SitePlan

/// The search index, written as a script (`search-index.js`) so search works from `file://`. One entry
/// per page and one per named row (operations, fields, error codes, metrics): title, kind, path, names,
/// headings (of written documents; generated pages all share theirs) and text. Page text is the page's
/// distinct words in order, each page getting an equal share of what is left of a fixed budget once
/// titles, names and headings are in, so the index of a 1,000-component festival stays under 2 MB.
struct SearchIndex {
  /// Bytes the whole index aims at.
  static let budget = 1_900_000
  /// Bytes of distinct words kept of each page while the site renders; no page's share is larger.
  static let wordsKept = 8_192
  /// No page gets less text than this, however many pages there are.
  static let minimumTextPerPage = 60

  /// Characters of text each of `pages` pages may add when the rest of the index takes `fixedBytes`.
  static func textShare(fixedBytes: Int, pages: Int) -> Int {
    max(minimumTextPerPage, (budget - fixedBytes) / max(1, pages))
  }

  /// What one festival's catalog adds: an entry per named table row, and the names shown with the
  /// entries of the pages that define them.
  struct CatalogPart {
    var rows: [[UInt8]] = []
    var namesByPage: [String: [String]] = [:]

    init(_ catalog: NameCatalog) {
      for thing in catalog.things {
        if thing.definition.utf8.contains(UInt8(ascii: "#")) {
          let title = thing.context.map { "\(thing.name) (\($0))" } ?? thing.name
          var row = SearchIndex.entry(
            title, kind: SearchIndex.label(thing.kind), path: thing.definition, names: [thing.name])
          SearchIndex.close(&row, text: "")
          rows.append(row)
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
  /// saw gets the entry it had then, and keeps its text when its share is unchanged.
  func file(pages: [PlannedPage], facts: [PageFacts?], inputs: [String?] = [], cache: RenderCache? = nil)
    -> RenderedFile
  {
    let rows = parts.flatMap(\.rows)
    let indexed = pages.indices.filter { pages[$0].kind != .notFound }
    func known(_ index: Int) -> RenderCache.PageState? {
      guard let cache, index < inputs.count, let fingerprint = inputs[index] else { return nil }
      return cache.page(index, inputs: fingerprint)
    }
    let cached = indexed.map(known)
    // Each page's entry up to its text, which gets what the budget leaves once these are counted.
    var entries = zip(indexed, cached).map { index, state -> [UInt8] in
      if let entry = state?.searchEntry { return entry }
      let page = pages[index]
      let headings = Self.isWritten(page.kind) ? facts[index]?.headings.map(\.text) ?? [] : []
      let names = page.kind.festival.flatMap { parts[$0].namesByPage[page.path] } ?? []
      return Self.entry(page.title, kind: page.kind.label, path: page.path, names: names, headings: headings)
    }
    let fixedBytes = (entries.reduce(0) { $0 + $1.count + 3 }) + rows.reduce(0) { $0 + $1.count + 3 }
    let share = Self.textShare(fixedBytes: fixedBytes, pages: indexed.count)
    for (position, index) in indexed.enumerated() {
      if let closed = cached[position]?.closedEntry, closed.share == share {
        entries[position] = closed.bytes
        continue
      }
      let open = entries[position]
      Self.close(&entries[position], text: facts[index].map { Self.prefix($0.words, limit: share) } ?? "")
      if let cache, index < inputs.count, let fingerprint = inputs[index] {
        cache.updatePage(index, inputs: fingerprint) { state in
          state.searchEntry = open
          state.closedEntry = (share, entries[position])
        }
      }
    }
    // Built as bytes: the index is a few megabytes of small pieces, rebuilt on every preview edit.
    var bytes = Array("festdocSearch([\n".utf8)
    bytes.reserveCapacity(fixedBytes + share * indexed.count + 64)
    var first = true
    for entry in [entries, rows].joined() {
      if !first { bytes.append(contentsOf: ",\n".utf8) }
      first = false
      bytes.append(contentsOf: entry)
    }
    bytes.append(contentsOf: "\n]);\n".utf8)
    return RenderedFile(path: "search-index.js", data: Data(bytes))
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

  /// `[title, kind, path, [names], [headings],` — the entry up to its text, which `close` adds.
  fileprivate static func entry(
    _ title: String, kind: String, path: String, names: [String], headings: [String] = []
  ) -> [UInt8] {
    var bytes: [UInt8] = [UInt8(ascii: "[")]
    for value in [title, kind, path] {
      JavaScriptLiteral.append(value, to: &bytes)
      bytes.append(UInt8(ascii: ","))
    }
    for list in [names, headings] {
      bytes.append(UInt8(ascii: "["))
      for (position, value) in list.enumerated() {
        if position > 0 { bytes.append(UInt8(ascii: ",")) }
        JavaScriptLiteral.append(value, to: &bytes)
      }
      bytes.append(contentsOf: "],".utf8)
    }
    return bytes
  }

  fileprivate static func close(_ entry: inout [UInt8], text: String) {
    JavaScriptLiteral.append(text, to: &entry)
    entry.append(UInt8(ascii: "]"))
  }

  /// The first words of space-separated `words` that fit in `limit` bytes.
  static func prefix(_ words: String, limit: Int) -> String {
    guard words.utf8.count > limit else { return words }
    var end = words.utf8.index(words.utf8.startIndex, offsetBy: limit + 1)
    while end > words.startIndex && words.utf8[words.utf8.index(before: end)] != UInt8(ascii: " ") {
      end = words.utf8.index(before: end)
    }
    return end == words.startIndex ? "" : String(words[..<words.utf8.index(before: end)])
  }

  /// The text's distinct words, lowercased, in order of first appearance, up to `limit` bytes.
  static func words(_ text: String, limit: Int) -> String {
    var seen: Set<String> = []
    var result = ""
    var length = 0
    for word in MentionMatcher.words(text) where word.utf8.count > 1 {
      guard seen.insert(word).inserted else { continue }
      length += word.utf8.count + 1
      if length > limit + 1 { break }
      if !result.isEmpty { result += " " }
      result += word
    }
    return result
  }
}
