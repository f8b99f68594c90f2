import FestivalModel
import Foundation

/// The authorization matrix as a grid of resources by roles. Each cell shows the level it grants in words
/// and colour together, the parsed capabilities and scope, and the author's own words.
enum AuthorizationTable {
  /// How much a cell grants, for its colour and its one-word label.
  enum Level: String {
    case none, read, write, full, unclear

    var label: String {
      switch self {
      case .none: "no access"
      case .read: "read"
      case .write: "write"
      case .full: "full"
      case .unclear: "not understood"
      }
    }
  }

  static func level(_ cell: AuthorizationCell) -> Level {
    guard cell.understood else { return .unclear }
    let capabilities = Set(cell.capabilities)
    if capabilities.isEmpty { return .none }
    if !capabilities.isDisjoint(with: [.delete, .manage]) { return .full }
    if !capabilities.isDisjoint(with: [.create, .update, .append, .approve, .execute]) { return .write }
    return .read
  }

  /// One cell: level badge, capabilities and scope, the words as written.
  static func cell(_ cell: AuthorizationCell) -> Markup {
    let level = level(cell)
    var parsed = ""
    if cell.understood && !cell.capabilities.isEmpty {
      parsed =
        cell.capabilities.map(\.rawValue).joined(separator: ", ") + " · " + cell.scope.rawValue
        + (cell.capabilitiesAssumed ? " (read assumed)" : "")
    }
    var html: Markup = "<span class=\"access access-\(level.rawValue)\">\(HTML.text(level.label))</span>"
    if !parsed.isEmpty { html += "<br><span class=\"access-parsed\">\(HTML.text(parsed))</span>" }
    let written = cell.written.trimmingSpaces()
    html += "<br><q class=\"access-written\">\(HTML.text(written.isEmpty ? "(empty)" : written))</q>"
    return html
  }

  /// The rows at `rows` (indexes into the matrix), roles and resources linked to their pages.
  static func render(_ matrix: AuthorizationMatrix, rows: [Int], _ festival: FestivalContext) -> Markup {
    let roleHeaders = matrix.roles.enumerated().map { festival.pageLink(.role, $0.offset, $0.element) }
    let body = rows.map { index -> [Markup] in
      let row = matrix.rows[index]
      let resource = festival.pageLink(.resource, index, row.resource)
      return [resource] + row.cells.map(festival.lookup.authorizationCells.markup)
    }
    return HTML.table(["Resource"], body, headersHTML: roleHeaders, className: "access-grid") + legend
  }

  static let legend: Markup =
    "<p class=\"access-legend\">"
    + [Level.none, .read, .write, .full, .unclear].map {
      "<span class=\"access access-\($0.rawValue)\">\(HTML.text($0.label))</span>"
    }.joined(separator: " ")
    + " <span class=\"muted\">Full: may delete or manage. Quoted: the cell as written.</span></p>"
}
