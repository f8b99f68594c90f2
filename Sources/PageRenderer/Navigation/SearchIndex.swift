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

  let catalogs: [NameCatalog]

  /// Characters of text each of `pages` pages may add when the rest of the index takes `fixedBytes`.
  static func textShare(fixedBytes: Int, pages: Int) -> Int {
    max(minimumTextPerPage, (budget - fixedBytes) / max(1, pages))
  }

  func file(pages: [PlannedPage], facts: [PageFacts?]) -> RenderedFile {
    var namesByPage: [String: [String]] = [:]
    var rows: [String] = []
    for catalog in catalogs {
      for thing in catalog.things {
        if thing.definition.utf8.contains(UInt8(ascii: "#")) {
          let title = thing.context.map { "\(thing.name) (\($0))" } ?? thing.name
          rows.append(
            Self.entry(title, kind: Self.label(thing.kind), path: thing.definition, names: [thing.name]))
        } else {
          namesByPage[thing.definition, default: []].append(thing.name)
          if let alias = thing.alias { namesByPage[thing.definition, default: []].append(alias) }
        }
      }
    }
    let indexed = pages.indices.filter { pages[$0].kind != .notFound }
    let fixed = indexed.map { index -> (String, String) in
      let page = pages[index]
      let headings = Self.isWritten(page.kind) ? facts[index]?.headings.map(\.text) ?? [] : []
      return (
        page.path,
        Self.entry(
          page.title, kind: page.kind.label, path: page.path, names: namesByPage[page.path] ?? [],
          headings: headings, text: nil)
      )
    }
    let fixedBytes = (fixed.map(\.1) + rows).reduce(0) { $0 + $1.utf8.count + 3 }
    let share = Self.textShare(fixedBytes: fixedBytes, pages: indexed.count)
    var entries: [String] = []
    for (position, index) in indexed.enumerated() {
      let text = facts[index].map { Self.prefix($0.words, limit: share) } ?? ""
      // The entry was written with its text left open: close it with the page's words.
      entries.append(fixed[position].1 + JavaScriptLiteral.string(text) + "]")
    }
    let text = "festdocSearch([\n" + (entries + rows).joined(separator: ",\n") + "\n]);\n"
    return RenderedFile(path: "search-index.js", data: Data(text.utf8))
  }

  /// Pages whose headings an author wrote.
  private static func isWritten(_ kind: PageKind) -> Bool {
    switch kind {
    case .document, .interfaces: true
    default: false
    }
  }

  private static func label(_ kind: NamedThing.Kind) -> String {
    kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
  }

  /// `[title, kind, path, [names], [headings], text]`; with `text` nil the entry stops before the text.
  private static func entry(
    _ title: String, kind: String, path: String, names: [String], headings: [String] = [], text: String? = ""
  ) -> String {
    let list = { (values: [String]) in "[" + values.map(JavaScriptLiteral.string).joined(separator: ",") + "]"
    }
    let head =
      "["
      + [
        JavaScriptLiteral.string(title), JavaScriptLiteral.string(kind), JavaScriptLiteral.string(path),
        list(names), list(headings),
      ].joined(separator: ",") + ","
    return text.map { head + JavaScriptLiteral.string($0) + "]" } ?? head
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
