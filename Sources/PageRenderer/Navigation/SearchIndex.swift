import FestivalModel
import Foundation
import SitePlan

/// The search index, written as a script (`search-index.js`) so search works from `file://`. One entry
/// per page and one per named row (operations, fields, error codes, metrics): title, kind, path, names,
/// headings and text. Each page's text is its distinct words in order, cut to a share of a fixed budget,
/// so the index of a large festival stays under 2 MB.
struct SearchIndex {
  /// Characters of page text the whole index may hold.
  static let textBudget = 1_200_000
  /// No page gets less text than this, however many pages there are.
  static let minimumTextPerPage = 120

  let textPerPage: Int
  let catalogs: [NameCatalog]

  init(pageCount: Int, catalogs: [NameCatalog]) {
    textPerPage = max(Self.minimumTextPerPage, Self.textBudget / max(1, pageCount))
    self.catalogs = catalogs
  }

  func file(pages: [PlannedPage], facts: [PageFacts?], model: ContentModel, plan: SitePlan) -> RenderedFile {
    var namesByPage: [String: [String]] = [:]
    var rows: [String] = []
    for catalog in catalogs {
      for thing in catalog.things {
        if thing.definition.contains("#") {
          let title = thing.context.map { "\(thing.name) (\($0))" } ?? thing.name
          rows.append(entry(title, kind: kindLabel(thing.kind), path: thing.definition, names: [thing.name]))
        } else {
          namesByPage[thing.definition, default: []].append(thing.name)
          if let alias = thing.alias { namesByPage[thing.definition, default: []].append(alias) }
        }
      }
    }
    var entries: [String] = []
    for (index, page) in pages.enumerated() where page.kind != .notFound {
      let pageFacts = facts[index]
      let names = namesByPage[page.path] ?? []
      entries.append(
        entry(
          page.title, kind: page.kind.label, path: page.path, names: names,
          headings: pageFacts?.headings.map(\.text) ?? [], text: pageFacts.map { words($0.text) } ?? ""))
    }
    let text = "festdocSearch([\n" + (entries + rows).joined(separator: ",\n") + "\n]);\n"
    return RenderedFile(path: "search-index.js", data: Data(text.utf8))
  }

  private func kindLabel(_ kind: NamedThing.Kind) -> String {
    kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
  }

  /// `[title, kind, path, [names], [headings], text]`.
  private func entry(
    _ title: String, kind: String, path: String, names: [String], headings: [String] = [], text: String = ""
  ) -> String {
    let list = { (values: [String]) in "[" + values.map(JavaScriptLiteral.string).joined(separator: ",") + "]"
    }
    return "["
      + [
        JavaScriptLiteral.string(title), JavaScriptLiteral.string(kind), JavaScriptLiteral.string(path),
        list(names), list(headings), JavaScriptLiteral.string(text),
      ].joined(separator: ",") + "]"
  }

  /// The text's distinct words, in order of first appearance, up to the page's share.
  func words(_ text: String) -> String {
    var seen: Set<String> = []
    var result = ""
    var length = 0
    for word in MentionMatcher.words(text.lowercased()) where word.count > 1 {
      let key = String(word)
      guard seen.insert(key).inserted else { continue }
      length += key.count + 1
      if length > textPerPage + 1 { break }
      if !result.isEmpty { result += " " }
      result += key
    }
    return result
  }
}
