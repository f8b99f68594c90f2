import Markdown

/// Counts checkboxes as fest does: those under Requirements, Definition of Done, Acceptance Criteria,
/// Deliverables or Checklist headings; if none of those has a box, every box in the file.
enum ProgressCounter {
  static let sectionWords = [
    "definition of done", "requirements", "acceptance criteria", "deliverables", "checklist",
  ]

  static func count(_ document: MarkdownDocument) -> Progress {
    var inSection = false
    var sectionLevel = 0
    var sectionBoxes = (checked: 0, total: 0)
    var allBoxes = (checked: 0, total: 0)
    for block in document.blocks {
      if case .heading(let heading) = block {
        let title = heading.content.plainText.lowercased()
        if sectionWords.contains(where: title.containsBytes) {
          inSection = true
          sectionLevel = heading.level
        } else if inSection && heading.level <= sectionLevel {
          inSection = false
        }
        continue
      }
      for state in boxes(in: block) {
        let checked = state == .checked ? 1 : 0
        allBoxes.checked += checked
        allBoxes.total += 1
        if inSection {
          sectionBoxes.checked += checked
          sectionBoxes.total += 1
        }
      }
    }
    if sectionBoxes.total > 0 {
      return Progress(checked: sectionBoxes.checked, total: sectionBoxes.total, basis: .sections)
    }
    return Progress(checked: allBoxes.checked, total: allBoxes.total, basis: .wholeFile)
  }

  /// The boxes in a block, nested lists included: GFM task items and the emoji boxes fest counts.
  static func boxes(in block: Block) -> [CheckState] {
    guard case .list(let list) = block else {
      return block.childBlocks.flatMap(boxes(in:))
    }
    var result: [CheckState] = []
    for item in list.items {
      if let task = item.task {
        result.append(task == .checked ? .checked : .unchecked)
      } else if case .paragraph(let paragraph)? = item.blocks.first,
        let state = CheckboxText.leadingState(of: paragraph.content.plainText)
      {
        result.append(state)
      }
      result.append(contentsOf: item.blocks.flatMap(boxes(in:)))
    }
    return result
  }
}
