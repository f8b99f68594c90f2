import CCmarkGFM
import Foundation

/// A markdown text as last parsed: its bytes, where its lines start, and each top-level block's first
/// line and tree (nil where cmark's block has no Swift value).
struct ParsedText {
  var bytes: [UInt8]
  var lineStarts: [Int]
  var lines: [Int]
  var blocks: [Block?]

  /// Top-level blocks of part of a text, with absolute lines.
  struct Region {
    var lines: [Int]
    var blocks: [Block?]

    var droppingLast: Region { Region(lines: lines.dropLast(), blocks: blocks.dropLast()) }
  }

  /// How two texts differ: the bytes they share at the start and, not overlapping those, at the end.
  struct Edit {
    let prefix: Int
    let suffix: Int
    let growth: Int
    let isNone: Bool

    init(from old: [UInt8], to new: [UInt8]) {
      let shorter = min(old.count, new.count)
      var prefix = 0
      while prefix < shorter && old[prefix] == new[prefix] { prefix += 1 }
      var suffix = 0
      while suffix < shorter - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
        suffix += 1
      }
      self.prefix = prefix
      self.suffix = suffix
      growth = new.count - old.count
      isNone = old.count == new.count && prefix == old.count
    }
  }

  /// cmark's top-level blocks of `bytes`, which start at `line`; nil if one lacks a position or they
  /// are out of order, when the blocks cannot be placed by line.
  static func region(_ bytes: ArraySlice<UInt8>, line: Int) -> Region? {
    MarkdownParser.withTree(of: Array(bytes)) { root -> Region? in
      guard let root else { return nil }
      var region = Region(lines: [], blocks: [])
      for node in CTreeConverter.children(of: root) {
        let start = Int(cmark_node_get_start_line(node))
        guard start >= 1, start + line - 1 > (region.lines.last ?? 0) else { return nil }
        region.lines.append(start + line - 1)
        region.blocks.append(CTreeConverter.block(node, movedBy: line - 1))
      }
      return region
    }
  }

  func offset(ofBlock index: Int) -> Int { lineStarts[lines[index] - 1] }

  /// The last block whose first line, line end included, lies within the first `prefix` bytes.
  func lastBlock(startingWithin prefix: Int) -> Int? {
    func firstLineEnd(_ index: Int) -> Int {
      lines[index] < lineStarts.count ? lineStarts[lines[index]] : bytes.count + 1
    }
    var (low, high) = (0, lines.count)
    while low < high {
      let middle = (low + high) / 2
      if firstLineEnd(middle) <= prefix { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? nil : low - 1
  }

  /// The blocks whose text, from their first line to the end, the edit left as it was; first to last.
  func blocks(unchangedAfter edit: Edit) -> Range<Int> {
    let unchangedFrom = bytes.count - edit.suffix
    var (low, high) = (0, lines.count)
    while low < high {
      let middle = (low + high) / 2
      if offset(ofBlock: middle) < unchangedFrom { low = middle + 1 } else { high = middle }
    }
    return low..<lines.count
  }

  /// This text's tree with `range` of its blocks replaced by `region` and the blocks after moved down.
  func replacing(
    _ range: Range<Int>, with region: Region, movingLinesBy moved: Int, bytes: [UInt8], lineStarts: [Int]
  ) -> ParsedText {
    let after = lines[range.upperBound...]
    let afterBlocks = blocks[range.upperBound...]
    return ParsedText(
      bytes: bytes, lineStarts: lineStarts,
      lines: lines[..<range.lowerBound] + region.lines
        + (moved == 0 ? Array(after) : after.map { $0 + moved }),
      blocks: blocks[..<range.lowerBound] + region.blocks
        + (moved == 0 ? Array(afterBlocks) : afterBlocks.map { $0?.shifted(byLines: moved) }))
  }

  /// The line that starts at byte `offset`, which is a line start.
  static func line(startingAt offset: Int, lineStarts: [Int]) -> Int {
    var (low, high) = (0, lineStarts.count)
    while low < high {
      let middle = (low + high) / 2
      if lineStarts[middle] < offset { low = middle + 1 } else { high = middle }
    }
    return low + 1
  }

  /// The byte offset where each line starts; line 1 at 0.
  static func lineStarts(of bytes: [UInt8]) -> [Int] {
    var starts = [0]
    starts.reserveCapacity(bytes.count / 40 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count,
        let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset)
      {
        offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        starts.append(offset)
      }
    }
    return starts
  }
}
