extension TableRow {
  func shifted(byLines lines: Int) -> TableRow {
    var moved = self
    moved.range = range.shifted(byLines: lines)
    moved.cells = cells.map { cell in
      var movedCell = cell
      movedCell.range = cell.range.shifted(byLines: lines)
      return movedCell
    }
    return moved
  }
}
