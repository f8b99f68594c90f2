extension ERSVG {
  /// An entity's box: the title band with its name (or alias), then a row per attribute, striped, with
  /// a rule between columns; keys in a muted colour.
  static func table(_ placed: ERDrawing.Table, diagram: ERDiagram, lineHeight: Double) -> String {
    let n = CurvePath.number
    let table = placed.table
    let entity = table.entity
    let (x, y) = (placed.origin.x, placed.origin.y)
    // A box the engine widened for its edges spreads the extra width over the name column.
    let extra = placed.width - table.width
    var svg = "<g class=\"fd-node fd-entity\" data-id=\"\(SVGText.attribute(entity.name))\">"
    let styles = SVGText.safeStyle(classStyles(entity, diagram) + entity.cssStyles)
    svg += "<rect class=\"fd-shape\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(placed.width))\""
    svg +=
      " height=\"\(n(placed.height))\"\(styles.isEmpty ? "" : " style=\"\(SVGText.attribute(styles))\"")/>"
    // A box without attributes that the engine made taller (for its ports) is all title.
    let titleHeight = entity.attributes.isEmpty ? placed.height : table.titleHeight
    svg += "<rect class=\"fd-er-title\" x=\"\(n(x + 0.75))\" y=\"\(n(y + 0.75))\""
    svg += " width=\"\(n(placed.width - 1.5))\" height=\"\(n(titleHeight - 1.5))\"/>"
    svg += SVGText.block(
      [entity.displayName], x: x + placed.width / 2, top: y + (titleHeight - lineHeight) / 2,
      lineHeight: lineHeight, weight: "600")
    for (row, attribute) in entity.attributes.enumerated() {
      let top = y + table.titleHeight + Double(row) * table.rowHeight
      if row % 2 == 1 {
        svg += "<rect class=\"fd-er-stripe\" x=\"\(n(x + 0.75))\" y=\"\(n(top))\""
        svg += " width=\"\(n(placed.width - 1.5))\" height=\"\(n(table.rowHeight))\"/>"
      }
      svg += "<line x1=\"\(n(x))\" y1=\"\(n(top))\" x2=\"\(n(x + placed.width))\" y2=\"\(n(top))\"/>"
      for (column, cell) in ERTable.cells(attribute).enumerated() where !cell.isEmpty {
        let left = x + table.columnOffsets[column] + (column > 1 ? extra : 0)
        let keyClass = column == 2 ? " class=\"fd-er-key\"" : ""
        let baseline = top + (table.rowHeight - lineHeight) / 2 + lineHeight * 0.75
        svg += "<text\(keyClass) x=\"\(n(left + ERTable.cellPadding))\" y=\"\(n(baseline))\">"
        svg += SVGText.text(cell) + "</text>"
      }
    }
    svg += columnRules(placed, extra: extra)
    return svg + "</g>\n"
  }

  /// Vertical rules between the used columns, under the title band.
  static func columnRules(_ placed: ERDrawing.Table, extra: Double) -> String {
    let table = placed.table
    guard !table.entity.attributes.isEmpty else { return "" }
    let n = CurvePath.number
    let top = placed.origin.y + table.titleHeight
    let bottom = placed.origin.y + placed.height
    var svg = ""
    let used = table.columnWidths.indices.filter { table.columnWidths[$0] > 0 }
    for column in used.dropFirst() {
      let left = placed.origin.x + table.columnOffsets[column] + (column > 1 ? extra : 0)
      svg += "<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(bottom))\"/>"
    }
    return svg
  }

  static func classStyles(_ entity: EREntity, _ diagram: ERDiagram) -> [String] {
    entity.cssClasses.flatMap { name in diagram.classes.first { $0.name == name }?.styles ?? [] }
  }
}
