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
      MarkdownDocument(blocks: root.map(CTreeConverter.blocks(under:)) ?? [])
    }
  }

  /// The tree of a whole parse, however long the text, for tests of the parse in parts.
  static func parseWhole(_ text: String) -> MarkdownDocument {
    withTree(of: Array(text.utf8)) { root in
      MarkdownDocument(blocks: root.map(CTreeConverter.blocks(under:)) ?? [])
    }
  }

  /// Runs `body` with the root of cmark-gfm's tree of `bytes` (nil if cmark could not parse), freed after.
  static func withTree<Result>(of bytes: [UInt8], _ body: (OpaquePointer?) -> Result) -> Result {
    guard let root = tree(of: bytes) else { return body(nil) }
    defer { cmark_node_free(root) }
    return body(root)
  }

  /// cmark-gfm keeps the characters its extensions react to in one table for the whole process, which
  /// every parser changes as it finishes and around each table row: two parsers at once lose autolinks
  /// and strikethrough. So one parser lives at a time; the tree it hands back is the caller's alone.
  private static let parsing = NSLock()

  private static func tree(of bytes: [UInt8]) -> OpaquePointer? {
    _ = registration
    parsing.lock()
    defer { parsing.unlock() }
    let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
    guard let parser = cmark_parser_new(options) else { return nil }
    defer { cmark_parser_free(parser) }
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
    return cmark_parser_finish(parser)
  }
}
