import FestivalModel
import Foundation

/// fest's view of a festival in HTML: task counts as `fest progress` sums them, each task's status with
/// what decided it, and what `fest next`, `show --roadmap`, `workflow status` and `status history` would
/// tell a reader.
enum FestStateView {
  /// A progress bar of completed tasks, fest's percentage, and what is in progress or blocked.
  static func counts(_ counts: TaskCounts) -> Markup {
    var html = HTML.progress(checked: counts.completed, total: counts.total)
    html += " <span class=\"muted\">\(counts.percentage)%"
    if counts.inProgress > 0 { html += " · \(counts.inProgress) in progress" }
    if counts.blocked > 0 { html += " · \(counts.blocked) blocked" }
    return html + "</span>"
  }

  /// The status a set of tasks adds up to: completed when all are, pending when none has started.
  static func derivedStatus(_ counts: TaskCounts) -> KnownStatus? {
    guard counts.total > 0 else { return nil }
    if counts.completed == counts.total { return .completed }
    if counts.blocked > 0 && counts.completed + counts.blocked == counts.total { return .blocked }
    return counts.completed + counts.inProgress + counts.blocked > 0 ? .inProgress : .pending
  }

  /// A task's status badge; its title says what decided it.
  static func taskBadge(_ task: FestivalTask) -> Markup {
    let label = task.state.status.rawValue.replacingOccurrences(of: "_", with: " ")
    return
      "<span class=\"badge badge-\(attribute: task.state.status.rawValue)\" title=\"\(attribute: sourceText(task))\">"
      + HTML.text(label) + "</span>"
  }

  /// Why a task reads as it does, in words.
  static func sourceText(_ task: FestivalTask) -> String {
    switch task.state.source {
    case .events:
      let time = task.state.since.map { " (\(day($0)))" } ?? ""
      return "from fest's progress events\(time)"
    case .checkboxes:
      return task.progress.total == 0
        ? "no progress event and no checkbox: pending, as fest counts it"
        : "from its checkboxes (\(task.progress.checked) of \(task.progress.total)): no progress event names it"
    case .frontMatter: return "from its front matter"
    default: return ""
    }
  }

  /// A task's checklist beside its status, when it has one.
  static func checklist(_ task: FestivalTask) -> Markup {
    guard task.progress.total > 0 else { return "" }
    return
      "<span class=\"checklist-figure muted\" title=\"its own checklist\">☑ \(task.progress.checked)/\(task.progress.total)</span>"
  }

  /// `2026-08-21T05:14:25.5-06:00` -> `2026-08-21`.
  static func day(_ timestamp: String) -> String {
    timestamp.count >= 10 ? String(timestamp.prefix(10)) : timestamp
  }

  /// A workflow or phase gate in one line: where it stands and the step fest is on.
  static func workflowLine(_ workflow: WorkflowProgress, link: Markup) -> Markup {
    var html = link + " " + StatusBadge.known(workflow.status)
    html += " <span class=\"muted\">\(workflow.completedSteps) of \(workflow.steps.count) steps"
    if !workflow.isDone, workflow.started, let current = workflow.current,
      let step = workflow.steps.first(where: { $0.number == current })
    {
      html += " · on step \(current): " + HTML.text(step.title)
      if step.checkpoint?.lowercased().contains("approval") == true { html += " (approval required)" }
    } else if !workflow.started {
      html += " · not started"
    }
    return html + "</span>"
  }
}
