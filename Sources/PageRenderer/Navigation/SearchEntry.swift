import SitePlan

/// One thing search finds: a page, or a named row of one (an operation, a field, an error code ...).
/// A class: an index holds tens of thousands, passed through several arrays on every preview rebuild.
final class SearchEntry: @unchecked Sendable {
  let title: String
  let kind: String
  let path: String
  /// The words of the title, names and headings, lowercased: a match on one ranks above one in the text.
  /// Split once when the entry is made, so a preview rebuild reuses an unchanged page's words.
  let strong: [String]
  /// The title and names, lowercased: a query equal to one, or the start of one, ranks highest.
  let nameKeys: [String]
  /// The page's distinct words, lowercased.
  let words: [String]

  /// Names longer than this are found by their words, not whole.
  static let longestName = 160

  init(
    title: String, kind: String, path: String, names: [String], headings: [String] = [], words: String = ""
  ) {
    self.title = title
    self.kind = kind
    self.path = path
    strong = ([title] + names + headings).flatMap(MentionMatcher.words).filter { $0.utf8.count > 1 }
    var keys: [String] = []
    for name in [title] + names {
      let key = name.trimmingSpacesAndNewlines().lowercased()
      if !key.isEmpty && key.utf8.count <= Self.longestName && !keys.contains(key) { keys.append(key) }
    }
    nameKeys = keys
    self.words = SearchIndex.wordList(words)
  }
}
