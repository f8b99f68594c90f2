import FestivalModel
import Foundation

/// Phases > sequences > tasks in number order; same-number tasks shown as a parallel group; each with its
/// status, and the checkbox progress beside it where the two disagree.
enum PlanTree {
  static func render(_ festival: Festival, _ context: FestivalContext) -> String {
    var html = "<div class=\"plan-tree\"><ul>"
    for phase in festival.phases {
      let title = PlanTitles.phase(phase, in: festival)
      html +=
        "<li><strong>\(link(phase.goalPath, title, context))</strong> \(StatusBadge.work(phase.status)) "
      html += HTML.progress(checked: phase.progress.checked, total: phase.progress.total)
      html += "<ul>"
      for sequence in phase.sequences {
        let name = PlanTitles.sequence(sequence, in: festival)
        html += "<li>\(link(sequence.goalPath, name, context)) \(StatusBadge.work(sequence.status))"
        html += tasks(sequence.taskGroups, context) + "</li>"
      }
      if !phase.tasks.isEmpty { html += "<li>" + tasks(phase.tasks.map { [$0] }, context) + "</li>" }
      html += "</ul></li>"
    }
    return html + "</ul></div>"
  }

  private static func tasks(_ groups: [[FestivalTask]], _ context: FestivalContext) -> String {
    var html = "<ul>"
    for group in groups {
      let items = group.map { task($0, context) }
      if group.count > 1 {
        html +=
          "<li class=\"parallel\"><span class=\"muted\">in parallel</span><ul>" + items.joined()
          + "</ul></li>"
      } else {
        html += items.joined()
      }
    }
    return html + "</ul>"
  }

  private static func task(_ task: FestivalTask, _ context: FestivalContext) -> String {
    var html = "<li>\(link(task.path, PlanTitles.task(task), context)) "
    html += task.status.map { StatusBadge.work($0) } ?? StatusBadge.known(task.progress.status)
    if task.progress.total > 0 {
      html += " " + HTML.progress(checked: task.progress.checked, total: task.progress.total)
      if let known = task.status?.known, known != task.progress.status,
        [.pending, .inProgress, .completed].contains(known)
      {
        html +=
          " <span class=\"muted\">(boxes say \(HTML.text(task.progress.status.rawValue.replacingOccurrences(of: "_", with: " "))))</span>"
      }
    }
    return html + "</li>"
  }

  private static func link(_ path: String?, _ label: String, _ context: FestivalContext) -> String {
    guard let path, let page = context.plan.documents[path] else { return HTML.text(label) }
    return HTML.link(context.href(page), label)
  }
}
