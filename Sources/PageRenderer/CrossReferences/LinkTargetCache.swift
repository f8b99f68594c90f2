import Foundation

/// Where each link of a render's pages leads, worked out once for each folder and link: the pages of one
/// folder link to the same places again and again (at 10,000 components, millions of links to a few
/// hundred thousand places), and every page's facts then share one string per place instead of holding a
/// copy each. A link's targets depend on its page's folder alone, as links to the page itself (`#...`)
/// have none.
final class LinkTargetCache: @unchecked Sendable {
  private let lock = NSLock()
  private var folders: [Substring: [String: [String]]] = [:]

  /// `CrossReferences.targets(of: href, from: pagePath)`.
  func targets(of href: String, from pagePath: String) -> [String] {
    let folder = pagePath[..<(pagePath.lastIndex(of: "/") ?? pagePath.startIndex)]
    if let known = lock.withLock({ folders[folder]?[href] }) { return known }
    let targets = CrossReferences.targets(of: href, from: pagePath)
    lock.withLock { folders[folder, default: [:]][href] = targets }
    return targets
  }
}
