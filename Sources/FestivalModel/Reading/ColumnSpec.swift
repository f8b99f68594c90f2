/// A column a template table has: its key, the header spellings that mean it, and whether the table
/// is recognized without it.
struct ColumnSpec {
  var key: String
  var aliases: [String]
  var required: Bool
  /// The template's spelling, for messages.
  var displayName: String

  init(_ key: String, _ aliases: [String], required: Bool = false) {
    self.key = key
    self.displayName = aliases.first ?? key
    self.aliases = aliases.map(TextFolding.fold)
    self.required = required
  }

  /// A header means this column when it folds to an alias or starts with one
  /// (`Response Time (p95)` is `responsetime`).
  func matches(foldedHeader: String) -> Bool {
    aliases.contains { foldedHeader == $0 || (foldedHeader.hasPrefix($0) && $0.count >= 5) }
  }
}
