/// A recognized table with the sections it stands in (innermost last).
struct LocatedTable {
  var kind: TableKind
  var view: TableView
  var sections: [DocumentSection]

  var innermost: DocumentSection { sections.last! }
}
