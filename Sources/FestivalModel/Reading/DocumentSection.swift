import Markdown

/// A heading and what stands under it until the next heading of the same or a higher level.
/// The interface reader finds tables by their nearest section, so it reads documents as this tree.
struct DocumentSection {
  var title: String
  var level: Int
  var line: Int
  var column: Int
  /// Blocks directly under the heading, before any sub-heading.
  var blocks: [Block]
  var children: [DocumentSection]
  /// `**Key**: value` lines of the paragraphs directly in this section, keys folded; the first of a
  /// key wins. Read once when the tree is built: the readers ask for them two or three times a section.
  private(set) var fields: [String: FieldLine] = [:]

  /// Builds the tree; blocks before the first heading go into a level-0 root.
  static func tree(of document: MarkdownDocument, readings: BlockReadings? = nil) -> DocumentSection {
    var root = DocumentSection(title: "", level: 0, line: 1, column: 1, blocks: [], children: [])
    var stack: [DocumentSection] = [root]
    func closeTop() {
      var top = stack.removeLast()
      top.fields = Self.fields(in: top.blocks, readings: readings)
      stack[stack.count - 1].children.append(top)
    }
    for block in document.blocks {
      if case .heading(let heading) = block {
        while stack.count > 1 && stack.last!.level >= heading.level { closeTop() }
        stack.append(
          DocumentSection(
            title: heading.content.plainText.trimmingSpaces(), level: heading.level,
            line: heading.range.start.line, column: heading.range.start.column, blocks: [], children: []))
      } else {
        stack[stack.count - 1].blocks.append(block)
      }
    }
    while stack.count > 1 { closeTop() }
    root = stack[0]
    root.fields = fields(in: root.blocks, readings: readings)
    return root
  }

  private static func fields(in blocks: [Block], readings: BlockReadings?) -> [String: FieldLine] {
    var result: [String: FieldLine] = [:]
    for block in blocks {
      guard case .paragraph(let paragraph) = block else { continue }
      for field in readings?.fields(of: paragraph) ?? FieldLine.lines(in: paragraph)
      where result[field.foldedKey] == nil {
        result[field.foldedKey] = field
      }
    }
    return result
  }
}
