import SitePlan

/// One thing search finds: a page, or a named row of one (an operation, a field, an error code ...).
struct SearchEntry {
  var title: String
  var kind: String
  var path: String
  /// The title, names and headings, whose words rank a match above one in the text.
  var strong: [String]
  /// The title and names, lowercased: a query equal to one, or the start of one, ranks highest.
  var nameKeys: [String]
  /// The rest of the page's distinct words, lowercased and separated by spaces.
  var words: String

  /// Names longer than this are found by their words, not whole.
  static let longestName = 160

  init(
    title: String, kind: String, path: String, names: [String], headings: [String] = [], words: String = ""
  ) {
    self.title = title
    self.kind = kind
    self.path = path
    strong = [title] + names + headings
    var keys: [String] = []
    for name in [title] + names {
      let key = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      if !key.isEmpty && key.utf8.count <= Self.longestName && !keys.contains(key) { keys.append(key) }
    }
    nameKeys = keys
    self.words = words
  }
}
