import FestivalModel
import Foundation

/// Each distinct authorization cell's HTML, drawn once: a matrix of many roles by many resources repeats
/// a few ways of writing access (`Read`, `Own orders`, `-`) thousands of times, and every cell shows on
/// the grid, its role's page, its resource's page and its owner's component page.
final class AuthorizationCellCache: @unchecked Sendable {
  /// What a cell's HTML is made from: all of the cell but its role and place.
  private struct Shown: Hashable {
    var written: String
    var capabilities: [Capability]
    var scope: AccessScope
    var understood: Bool
    var capabilitiesAssumed: Bool
  }

  private let lock = NSLock()
  private var drawn: [Shown: Markup] = [:]

  func markup(_ cell: AuthorizationCell) -> Markup {
    let shown = Shown(
      written: cell.written, capabilities: cell.capabilities, scope: cell.scope, understood: cell.understood,
      capabilitiesAssumed: cell.capabilitiesAssumed)
    if let known = lock.withLock({ drawn[shown] }) { return known }
    let markup = AuthorizationTable.cell(cell)
    lock.withLock { drawn[shown] = markup }
    return markup
  }
}
