import Markdown

extension MarkdownHTMLRenderer {
  /// `render(_:)`, taking from `kept` the HTML of the blocks equal to the blocks at the same place from
  /// the start or the end of the document, when `kept` was drawn from the same site, document and row
  /// anchors: self-contained blocks, and headings whose id comes out as it did (a heading's id depends
  /// on the headings before it, so it is worked out for every heading, in order). Also returns what to
  /// keep for the next build.
  mutating func render(_ blocks: [Block], reusing kept: DocumentBlockCache.Drawn?, siteKey: String)
    -> (html: Markup, drawn: DocumentBlockCache.Drawn, reused: Int)
  {
    var parts = [Markup?](repeating: nil, count: blocks.count)
    var keptIDs = [String?](repeating: nil, count: blocks.count)
    if let kept, kept.siteKey == siteKey, kept.documentPath == documentPath, kept.rowAnchors == rowAnchors {
      let old = kept.blocks
      let shorter = min(old.count, blocks.count)
      var prefix = 0
      while prefix < shorter && old[prefix] == blocks[prefix] {
        parts[prefix] = kept.parts[prefix]
        keptIDs[prefix] = kept.ids[prefix]
        prefix += 1
      }
      var suffix = 0
      while suffix < shorter - prefix && old[old.count - 1 - suffix] == blocks[blocks.count - 1 - suffix] {
        parts[blocks.count - 1 - suffix] = kept.parts[old.count - 1 - suffix]
        keptIDs[blocks.count - 1 - suffix] = kept.ids[old.count - 1 - suffix]
        suffix += 1
      }
    }
    var pieces: [Markup] = []
    pieces.reserveCapacity(blocks.count)
    var reused = 0
    var ids = [String?](repeating: nil, count: blocks.count)
    for (index, block) in blocks.enumerated() {
      if case .heading(let heading) = block {
        let id = headingID(heading)
        ids[index] = id
        if let part = parts[index], keptIDs[index] == id {
          pieces.append(part)
          reused += 1
        } else {
          let drawn = render(heading, id: id)
          pieces.append(drawn)
          parts[index] = drawn
        }
        continue
      }
      if let part = parts[index] {
        pieces.append(part)
        reused += 1
        continue
      }
      // In document order, so heading ids and figure numbers come out as a whole render gives them.
      let drawn = render(block)
      pieces.append(drawn)
      parts[index] = DocumentBlockCache.isSelfContained(block) ? drawn : nil
    }
    let drawn = DocumentBlockCache.Drawn(
      siteKey: siteKey, documentPath: documentPath, rowAnchors: rowAnchors, blocks: blocks, parts: parts,
      ids: ids)
    return (pieces.joined(separator: "\n"), drawn, reused)
  }
}
