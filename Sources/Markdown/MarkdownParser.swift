import CCmarkGFM
import CmarkThreads
import Foundation

/// Parses markdown with cmark-gfm and its table, strikethrough, autolink, tagfilter and tasklist
/// extensions, and converts the C tree into Swift values before the C tree is freed.
public enum MarkdownParser {
  private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

  /// cmark-gfm keeps a global registry; registering once per process is enough and safe.
  private static let registration: Void = {
    cmark_gfm_core_extensions_ensure_registered()
  }()

  /// The text's tree; a long text is parsed in parts, on `jobs` threads.
  public static func parse(_ text: String, jobs: Int = 1) -> MarkdownDocument {
    let bytes = Array(text.utf8)
    if isParsedInParts(byteCount: bytes.count), MarkdownPartCache.isPartable(bytes),
      let region = ParsedText.regionInParts(bytes, lineStarts: ParsedText.lineStarts(of: bytes), jobs: jobs)
    {
      return MarkdownDocument(blocks: region.blocks.compactMap { $0 })
    }
    return withTree(of: bytes) { root in
      MarkdownDocument(blocks: root.map { CTreeConverter.blocks(under: $0) } ?? [])
    }
  }

  /// Whether a text this long is parsed a part at a time, and so can use more than one thread.
  public static func isParsedInParts(byteCount: Int) -> Bool {
    byteCount > ParsedText.partSize * 3 / 2
  }

  /// The tree of a whole parse, however long the text, for tests of the parse in parts.
  static func parseWhole(_ text: String) -> MarkdownDocument {
    withTree(of: Array(text.utf8)) { root in
      MarkdownDocument(blocks: root.map { CTreeConverter.blocks(under: $0) } ?? [])
    }
  }

  /// Runs `body` with the root of cmark-gfm's tree of `bytes` (nil if cmark could not parse), let go after.
  ///
  /// The tree's nodes are taken from an arena: they lie side by side in large slabs instead of wherever
  /// malloc found room (walking a long table's tree was bound by cache misses, most of all between the
  /// parts of a long text), and the whole tree is let go at once instead of node by node. Parsers run on
  /// several threads at once, each with an arena of its own, when cmark-gfm's table of special
  /// characters is held for all of them (`CmarkThreads`); otherwise one at a time, in cmark-gfm's arena.
  static func withTree<Result>(of bytes: [UInt8], _ body: (OpaquePointer?) -> Result) -> Result {
    let concurrent = charactersHeld
    if !concurrent { parsing.lock() }
    defer { if !concurrent { parsing.unlock() } }
    // The arena reuses nothing until it is reset: past a few megabytes of text (a long one that could
    // not be parsed in parts) malloc's reuse holds less.
    let inArena = bytes.count <= arenaLimit
    let memory =
      !inArena
      ? cmark_get_default_mem_allocator()
      : concurrent ? festdoc_cmark_thread_arena() : cmark_get_arena_mem_allocator()
    guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES, memory) else {
      return body(nil)
    }
    defer {
      cmark_parser_free(parser)
      if inArena { concurrent ? festdoc_cmark_thread_arena_reset() : cmark_arena_reset() }
    }
    attachExtensions(to: parser)
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

  private static func attachExtensions(to parser: OpaquePointer) {
    for name in extensionNames {
      if let syntaxExtension = cmark_find_syntax_extension(name) {
        cmark_parser_attach_syntax_extension(parser, syntaxExtension)
      }
    }
  }

  /// Whether parsers may run at once: decided by a first parse, alone and with every extension, which
  /// shows whether festdoc's hold on cmark-gfm's special characters took the library's place.
  static let charactersHeld: Bool = {
    _ = registration
    parsing.withLock {
      guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return }
      defer { cmark_parser_free(parser) }
      attachExtensions(to: parser)
      let probe = "~~a~~ www.example.com"
      cmark_parser_feed(parser, probe, probe.utf8.count)
      if let root = cmark_parser_finish(parser) { cmark_node_free(root) }
    }
    return festdoc_cmark_characters_held() != 0
  }()

  /// Gives the memory kept for the next parse's trees back to the system: for the end of a parse step.
  public static func releaseMemory() {
    festdoc_cmark_arena_release()
  }

  /// The longest text parsed in cmark-gfm's arena.
  static let arenaLimit = 2 * 1024 * 1024

  private static let parsing = NSLock()
}
