/// The box of one entity: a title band and one row per attribute, its columns (type, name, keys,
/// comment) as wide as their widest cell. Columns no row uses take no room.
public struct ERTable: Hashable, Sendable {
  public var entity: EREntity
  /// Left edges of the columns, from the box's left side, and their widths; a column no row uses has
  /// width 0.
  public var columnOffsets: [Double]
  public var columnWidths: [Double]
  public var titleHeight: Double
  public var rowHeight: Double
  public var width: Double
  public var height: Double

  static let cellPadding = 8.0
  static let titlePadding = 8.0
  static let minimumWidth = 100.0

  /// The cells of a row: type, name, keys joined by commas, comment.
  public static func cells(_ attribute: ERAttribute) -> [String] {
    [attribute.type, attribute.name, attribute.keys.joined(separator: ","), attribute.comment]
  }

  /// The middle of row `row`, from the box's top.
  public func rowCenter(_ row: Int) -> Double { titleHeight + (Double(row) + 0.5) * rowHeight }

  init(_ entity: EREntity, measurer: TextMeasurer) {
    self.entity = entity
    let lineHeight = measurer.lineHeight
    titleHeight = lineHeight + 2 * Self.titlePadding
    rowHeight = lineHeight + Self.cellPadding
    var widths = [0.0, 0.0, 0.0, 0.0]
    for attribute in entity.attributes {
      for (column, cell) in Self.cells(attribute).enumerated() where !cell.isEmpty {
        widths[column] = max(widths[column], measurer.width(cell) + 2 * Self.cellPadding)
      }
    }
    let titleWidth = measurer.width(entity.displayName) * 1.08 + 4 * Self.titlePadding
    width = max(Self.minimumWidth, titleWidth, widths.reduce(0, +)).rounded(.up)
    // Spare width goes to the name column (or the last used one), so the grid fills the box.
    let spare = width - widths.reduce(0, +)
    if spare > 0, !entity.attributes.isEmpty {
      let widest = widths[1] > 0 ? 1 : (widths.lastIndex { $0 > 0 } ?? 0)
      widths[widest] += spare
    }
    columnWidths = widths
    var offsets: [Double] = []
    var left = 0.0
    for value in widths {
      offsets.append(left)
      left += value
    }
    columnOffsets = offsets
    height = titleHeight + Double(entity.attributes.count) * rowHeight
  }
}
