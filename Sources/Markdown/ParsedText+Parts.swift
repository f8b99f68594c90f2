import Foundation
import Parallelism

extension ParsedText {
  /// How much text a part of a long document holds at least, in bytes.
  static let partSize = 256 * 1024
  /// Candidate places a part tries before the rest of the text is parsed in one go.
  private static let boundaryAttempts = 4

  /// cmark's top-level blocks of `bytes`, parsed a part at a time so that cmark-gfm's tree (many times
  /// the size of its text for a long table) is held for one part only. The tree is the whole parse's: a
  /// part ends on a line where the text before it is seen to start a top-level block, and from such a
  /// line on cmark's state is that of a new document (the argument `MarkdownPartCache` rests on). Only
  /// for text that `MarkdownPartCache.isPartable` accepts; nil where the blocks cannot be placed by line.
  ///
  /// With more than one job, smaller parts are parsed side by side from the lines where first attempts
  /// place them, then checked in order; from a part whose end was not a block's start on, the parts are
  /// found one after another as with one job. Either way every part ends where a block is seen to
  /// start, so the blocks are those of a whole parse (`MarkdownPartsTests` compares both).
  static func regionInParts(_ bytes: [UInt8], lineStarts: [Int], partSize: Int = partSize, jobs: Int = 1)
    -> Region?
  {
    var whole = Region(lines: [], blocks: [])
    var startLine = 1
    if jobs > 1 {
      let (checked, next) = partsSideBySide(bytes, lineStarts: lineStarts, partSize: partSize, jobs: jobs)
      whole = checked
      guard let next else { return whole }
      startLine = next
    }
    while true {
      let start = lineStarts[startLine - 1]
      guard bytes.count - start > partSize * 3 / 2,
        let (part, next) = part(bytes, lineStarts: lineStarts, from: startLine, size: partSize)
      else {
        guard let rest = region(bytes[start...], line: startLine) else { return nil }
        whole.append(rest)
        return whole
      }
      whole.append(part)
      startLine = next
    }
  }

  /// The parts the first attempts place, parsed on `jobs` threads: the blocks of those that hold and the
  /// line where the first that does not starts (nil when all hold and the region is complete).
  private static func partsSideBySide(_ bytes: [UInt8], lineStarts: [Int], partSize: Int, jobs: Int) -> (
    Region, Int?
  ) {
    // Parts small enough that each thread gets several, so that none waits long for the last.
    let size = max(partSize / 4, min(partSize, bytes.count / (jobs * 4)))
    let starts = firstAttemptStarts(bytes, lineStarts: lineStarts, size: size)
    // A part runs through the line its successor starts on, so its last block shows whether that
    // line starts one; the last part runs to the end.
    let ranges = starts.indices.map { index -> Range<Int> in
      let next = index + 1 < starts.count ? starts[index + 1] : lineStarts.count
      return lineStarts[starts[index] - 1]..<(next < lineStarts.count ? lineStarts[next] : bytes.count)
    }
    // Longest first: a part holding one long table (megabytes without a place to cut) started last
    // would leave the other threads idle while it is parsed.
    let order = ranges.indices.sorted { ranges[$0].count > ranges[$1].count }
    let parsed = Concurrently.map(jobs: jobs, count: order.count) { place -> Region? in
      region(bytes[ranges[order[place]]], line: starts[order[place]])
    }
    var parts = [Region?](repeating: nil, count: starts.count)
    for (place, index) in order.enumerated() { parts[index] = parsed[place] }
    var whole = Region(lines: [], blocks: [])
    for (index, part) in parts.enumerated() {
      guard let part else { return (whole, starts[index]) }
      guard index + 1 < starts.count else {
        whole.append(part)
        return (whole, nil)
      }
      guard part.lines.last == starts[index + 1] else { return (whole, starts[index]) }
      whole.append(part.droppingLast)
    }
    return (Region(lines: [], blocks: []), 1)  // not reached: the last part returns above
  }

  /// The first line of every part as `part`'s first attempts would place them, one after another: the
  /// last part runs to the end.
  private static func firstAttemptStarts(_ bytes: [UInt8], lineStarts: [Int], size: Int) -> [Int] {
    var starts = [1]
    while true {
      let start = lineStarts[starts[starts.count - 1] - 1]
      guard bytes.count - start > size * 3 / 2,
        let boundary = likelyBlockStart(
          bytes, lineStarts: lineStarts, from: line(startingAt: start + size, lineStarts: lineStarts))
      else { return starts }
      starts.append(boundary)
    }
  }

  /// The blocks from `startLine` up to a line at least `size` bytes on where a top-level block starts,
  /// and that line; nil when no candidate line proved to be one.
  private static func part(_ bytes: [UInt8], lineStarts: [Int], from startLine: Int, size: Int) -> (
    Region, Int
  )? {
    let start = lineStarts[startLine - 1]
    var candidate = line(startingAt: start + size, lineStarts: lineStarts)
    for _ in 0..<boundaryAttempts {
      guard let boundary = likelyBlockStart(bytes, lineStarts: lineStarts, from: candidate) else {
        return nil
      }
      let end = boundary < lineStarts.count ? lineStarts[boundary] : bytes.count
      guard let region = region(bytes[start..<end], line: startLine) else { return nil }
      if region.lines.last == boundary { return (region.droppingLast, boundary) }
      candidate = line(startingAt: min(bytes.count, end + size / 8), lineStarts: lineStarts)
    }
    return nil
  }

  /// The first line from `line` on that follows a blank line and starts with neither a space nor a tab:
  /// where a top-level block most likely starts. nil when none does before the end.
  static func likelyBlockStart(_ bytes: [UInt8], lineStarts: [Int], from line: Int) -> Int? {
    func isBlank(_ line: Int) -> Bool {
      let end = line < lineStarts.count ? lineStarts[line] : bytes.count
      return bytes[lineStarts[line - 1]..<end].allSatisfy {
        $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n")
      }
    }
    var line = max(line, 2)
    while line <= lineStarts.count {
      let first = lineStarts[line - 1]
      if first < bytes.count, bytes[first] != UInt8(ascii: " "), bytes[first] != UInt8(ascii: "\t"),
        bytes[first] != UInt8(ascii: "\n"), isBlank(line - 1)
      {
        return line
      }
      line += 1
    }
    return nil
  }
}

extension ParsedText.Region {
  mutating func append(_ other: ParsedText.Region) {
    lines += other.lines
    blocks += other.blocks
  }
}
