import Foundation
import Markdown

/// The `## Step N: TITLE` sections of a WORKFLOW.md or GATES.md, with each step's checkpoint.
enum WorkflowSteps {
  static func read(_ body: MarkdownDocument) -> [WorkflowProgress.Step] {
    var steps: [WorkflowProgress.Step] = []
    for block in body.allBlocks {
      switch block {
      case .heading(let heading):
        if let step = step(heading.content.plainText) { steps.append(step) }
      case .paragraph(let paragraph):
        let text = paragraph.content.plainText.trimmingSpaces()
        guard !steps.isEmpty, steps[steps.count - 1].checkpoint == nil,
          text.lowercased().hasPrefix("checkpoint:")
        else { continue }
        steps[steps.count - 1].checkpoint = String(text.dropFirst("checkpoint:".count)).trimmingSpaces()
      default: continue
      }
    }
    return steps
  }

  /// `Step 3: Review the plan` -> step 3.
  private static func step(_ heading: String) -> WorkflowProgress.Step? {
    let text = heading.trimmingSpaces()
    guard text.lowercased().hasPrefix("step ") else { return nil }
    let rest = text.dropFirst(5)
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count < 4, let number = Int(digits) else { return nil }
    var title = rest.dropFirst(digits.count).trimmingSpaces()
    if title.hasPrefix(":") || title.hasPrefix(".") || title.hasPrefix("—") || title.hasPrefix("-") {
      title = String(title.dropFirst()).trimmingSpaces()
    }
    return WorkflowProgress.Step(
      number: number, title: title.isEmpty ? "Step \(number)" : title, status: "pending", checkpoint: nil)
  }
}
