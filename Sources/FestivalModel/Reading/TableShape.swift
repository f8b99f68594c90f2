/// What classifying a table found: its kind, and the required columns it lacks.
struct TableShape {
  var kind: TableKind?
  var missing: [String]

  /// What decides a table's shape: the schemas its headings name, nearest first, and its headers.
  struct Key: Hashable {
    var named: [[Int]]
    var headers: [String]
  }
}
