import FestivalModel
import Foundation
import Markdown

/// The HTML of each top-level block of a large document's page, kept between a preview's builds: after
/// an edit, the blocks that compare equal to the ones at the same place from either end of the document
/// are not drawn again. A block's HTML depends on the block, the site's links and anchors (the site
/// key), the document's row anchors, and, for headings and diagrams, on what came before it (heading
/// ids, figure numbers): a top-level heading is kept with its id and taken only while its id comes out
/// the same; other blocks holding a heading or a diagram are always drawn.
final class DocumentBlockCache: @unchecked Sendable {
  /// A page's blocks as last drawn, with what every block's HTML was drawn from.
  struct Drawn {
    var siteKey: String
    var documentPath: String
    var rowAnchors: [Int: String]
    var blocks: [Block]
    /// Each block's HTML; nil for a block drawn afresh every time.
    var parts: [Markup?]
    /// The id each top-level heading got; nil for other blocks.
    var ids: [String?]
  }

  /// Documents with fewer top-level blocks are drawn whole: keeping them would cost more than it saves.
  static let minimumBlocks = 100

  private let lock = NSLock()
  private var pages: [String: Drawn] = [:]
  private var reusedBlocks = 0

  /// Blocks whose HTML was taken from an earlier build, since the cache was made. For tests.
  var reused: Int { lock.withLock { reusedBlocks } }

  func drawn(on page: String) -> Drawn? { lock.withLock { pages[page] } }

  func keep(_ drawn: Drawn, on page: String, reused: Int) {
    let replaced = lock.withLock {
      reusedBlocks += reused
      return pages.updateValue(drawn, forKey: page)
    }
    // Thousands of blocks and their HTML: let go off the page's thread, which the whole rebuild awaits.
    BackgroundRelease.release(replaced)
  }

  /// Forgets the pages not among `paths`.
  func keep(only paths: Set<String>) {
    lock.withLock { pages = pages.filter { paths.contains($0.key) } }
  }

  /// Whether a block's HTML depends on nothing drawn before it: it holds no heading and no diagram.
  static func isSelfContained(_ block: Block) -> Bool {
    switch block {
    case .heading: false
    case .codeBlock(let code): code.language != "mermaid"
    case .list(let list): list.items.allSatisfy { $0.blocks.allSatisfy(isSelfContained) }
    case .blockQuote(let quote): quote.blocks.allSatisfy(isSelfContained)
    default: true
    }
  }
}
