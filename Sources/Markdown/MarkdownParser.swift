import CCmarkGFM
import Foundation

/// Parses markdown with cmark-gfm and its table, strikethrough, autolink, tagfilter and tasklist
/// extensions, and converts the C tree into Swift values before the C tree is freed.
public enum MarkdownParser {
  private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

  /// cmark-gfm keeps a global registry; registering once per process is enough and safe.
  private static let registration: Void = {
    cmark_gfm_core_extensions_ensure_registered()
  }()

  public static func parse(_ text: String) -> MarkdownDocument {
    let bytes = Array(text.utf8)
    if bytes.count > ParsedText.partSize * 3 / 2, MarkdownPartCache.isPartable(bytes),
      let region = ParsedText.regionInParts(bytes, lineStarts: ParsedText.lineStarts(of: bytes))
    {
      return MarkdownDocument(blocks: region.blocks.compactMap { $0 })
    }
    return withTree(of: bytes) { root in
      MarkdownDocument(blocks: root.map { CTreeConverter.blocks(under: $0) } ?? [])
    }
  }

  /// The tree of a whole parse, however long the text, for tests of the parse in parts.
  static func parseWhole(_ text: String) -> MarkdownDocument {
    withTree(of: Array(text.utf8)) { root in
      MarkdownDocument(blocks: root.map { CTreeConverter.blocks(under: $0) } ?? [])
    }
  }

  /// Runs `body` with the root of cmark-gfm's tree of `bytes` (nil if cmark could not parse), let go after.
  ///
  /// cmark-gfm keeps the characters its extensions react to in one table for the whole process, which
  /// every parser changes as it finishes and around each table row: two parsers at once lose autolinks
  /// and strikethrough. So one parse runs at a time, and it can use cmark-gfm's own arena allocator (one
  /// per process): the tree's nodes lie side by side in large slabs instead of wherever malloc found room
  /// (walking a long table's tree was bound by cache misses, most of all between the parts of a long
  /// text), and the whole tree is let go at once instead of node by node.
  static func withTree<Result>(of bytes: [UInt8], _ body: (OpaquePointer?) -> Result) -> Result {
    _ = registration
    parsing.lock()
    defer { parsing.unlock() }
    // The arena reuses nothing until it is reset: past a few megabytes of text (a long one that could
    // not be parsed in parts) malloc's reuse holds less.
    let inArena = bytes.count <= arenaLimit
    let memory = inArena ? cmark_get_arena_mem_allocator() : cmark_get_default_mem_allocator()
    guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES, memory) else {
      return body(nil)
    }
    defer {
      cmark_parser_free(parser)
      if inArena { cmark_arena_reset() }
    }
    for name in extensionNames {
      if let syntaxExtension = cmark_find_syntax_extension(name) {
        cmark_parser_attach_syntax_extension(parser, syntaxExtension)
      }
    }
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        cmark_parser_feed(parser, $0, buffer.count)
      }
    }
    let root = cmark_parser_finish(parser)
    defer { if !inArena, let root { cmark_node_free(root) } }
    return body(root)
  }

  /// The longest text parsed in cmark-gfm's arena.
  static let arenaLimit = 2 * 1024 * 1024

  private static let parsing = NSLock()
}
