/// What classifying a table found: its kind, and the required columns it lacks.
struct TableShape {
  var kind: TableKind?
  var missing: [String]
}
