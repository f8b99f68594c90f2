import Foundation

/// A large document's markdown kept between parses, for a process that parses the same file again after
/// each save (`festdoc serve`): only the top-level blocks an edit touched are parsed and converted again.
///
/// The text before the edit is unchanged, and so is cmark's state at the first line of the last block
/// that starts there: parsing again from that line gives what a whole parse gives. Parsing stops at a
/// block after the edit whose text runs unchanged to the end, once the new text is seen to start a
/// top-level block on that block's first line: from there on cmark's state, and so the rest of the tree,
/// is what it was, moved by the lines the edit added. Link reference and footnote definitions reach
/// across the document, so text that may hold either, or a carriage return, is parsed whole.
public final class MarkdownPartCache: @unchecked Sendable {
  private let lock = NSLock()
  private var previous: ParsedText?
  /// Top-level blocks the last parse converted; -1 when it parsed the text whole. For tests.
  public private(set) var convertedLastTime = 0
  /// How many blocks past the edit a parse tries as the place where the old tree resumes.
  private static let resumeAttempts = 3

  public init() {}

  /// The same tree as `MarkdownParser.parse(text)`; a first parse of a long text uses `jobs` threads.
  public func parse(_ text: String, jobs: Int = 1) -> MarkdownDocument {
    lock.withLock {
      let bytes = Array(text.utf8)
      guard Self.isPartable(bytes), let parsed = reparse(bytes) ?? whole(bytes, jobs: jobs) else {
        previous = nil
        convertedLastTime = -1
        return MarkdownParser.parse(text, jobs: jobs)
      }
      previous = parsed
      return MarkdownDocument(blocks: parsed.blocks.compactMap { $0 })
    }
  }

  private func whole(_ bytes: [UInt8], jobs: Int) -> ParsedText? {
    let lineStarts = ParsedText.lineStarts(of: bytes)
    guard let region = ParsedText.regionInParts(bytes, lineStarts: lineStarts, jobs: jobs) else { return nil }
    convertedLastTime = region.lines.count
    return ParsedText(bytes: bytes, lineStarts: lineStarts, lines: region.lines, blocks: region.blocks)
  }

  /// The previous text's tree with the blocks the edit touched parsed again; nil without a previous text.
  private func reparse(_ bytes: [UInt8]) -> ParsedText? {
    guard let previous else { return nil }
    let edit = ParsedText.Edit(from: previous.bytes, to: bytes)
    if edit.isNone {
      convertedLastTime = 0
      return previous
    }
    let lineStarts = ParsedText.lineStarts(of: bytes)
    let first = previous.lastBlock(startingWithin: edit.prefix)
    let start = first.map { previous.offset(ofBlock: $0) } ?? 0
    let startLine = first.map { previous.lines[$0] } ?? 1
    let kept = first ?? 0
    for resume in previous.blocks(unchangedAfter: edit).prefix(Self.resumeAttempts)
    where first.map({ resume > $0 }) ?? true {
      let newStart = previous.offset(ofBlock: resume) + edit.growth
      let newLine = ParsedText.line(startingAt: newStart, lineStarts: lineStarts)
      let end = newLine < lineStarts.count ? lineStarts[newLine] : bytes.count
      // The new text must start a top-level block on the resumed block's first line.
      guard let region = ParsedText.region(bytes[start..<end], line: startLine), region.lines.last == newLine
      else { continue }
      convertedLastTime = region.lines.count - 1
      return previous.replacing(
        kept..<resume, with: region.droppingLast, movingLinesBy: newLine - previous.lines[resume],
        bytes: bytes, lineStarts: lineStarts)
    }
    guard let rest = ParsedText.region(bytes[start...], line: startLine) else { return nil }
    convertedLastTime = rest.lines.count
    return previous.replacing(
      kept..<previous.lines.count, with: rest, movingLinesBy: 0, bytes: bytes, lineStarts: lineStarts)
  }

  /// Whether the text's top-level blocks can be parsed apart: no `]:` (a link reference definition may
  /// hide there), no `[^` (footnotes) and no carriage return.
  static func isPartable(_ bytes: [UInt8]) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "\r"): return false
      case UInt8(ascii: ":") where previous == UInt8(ascii: "]"): return false
      case UInt8(ascii: "^") where previous == UInt8(ascii: "["): return false
      default: break
      }
      previous = byte
    }
    return true
  }
}
