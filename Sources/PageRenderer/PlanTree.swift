import FestivalModel
import Foundation

/// Phases > sequences > tasks in number order, as `fest show --roadmap` lists them: each with the status
/// fest reports and its task counts; same-number tasks as a parallel group; each task's own checklist
/// beside it; a phase's workflow, gate and supporting documents under it.
enum PlanTree {
  static func render(_ festival: Festival, _ context: FestivalContext) -> Markup {
    var html: Markup = "<div class=\"plan-tree\"><ul>"
    for phase in festival.phases {
      let title = PlanTitles.phase(phase, in: festival)
      let counts = phase.counts
      html += "<li><strong>\(link(phase.goalPath, title, context))</strong> "
      html += statusBadge(counts, workflow: phase.workflow, written: phase.status)
      if counts.total > 0 { html += " " + FestStateView.counts(counts) }
      html += "<ul>"
      for (workflow, kind) in [(phase.workflow, "Workflow"), (phase.gates, "Phase gate")] {
        guard let workflow else { continue }
        html +=
          "<li>"
          + FestStateView.workflowLine(
            workflow, link: link(workflow.documentPath, kind, context)) + "</li>"
      }
      for sequence in phase.sequences {
        let name = PlanTitles.sequence(sequence, in: festival)
        html += "<li>\(link(sequence.goalPath, name, context)) "
        html += statusBadge(sequence.counts, workflow: nil, written: sequence.status)
        if sequence.counts.total > 0 {
          html += " <span class=\"muted\">\(sequence.counts.completed)/\(sequence.counts.total)</span>"
        }
        html += tasks(sequence.taskGroups, context)
        html += supporting(sequence.supportingPaths, under: sequence.path, context) + "</li>"
      }
      if !phase.tasks.isEmpty { html += "<li>" + tasks(phase.tasks.map { [$0] }, context) + "</li>" }
      let documents = phase.supportingPaths.filter {
        $0 != phase.workflow?.documentPath && $0 != phase.gates?.documentPath
      }
      if !documents.isEmpty { html += "<li>" + supporting(documents, under: phase.path, context) + "</li>" }
      html += "</ul></li>"
    }
    return html + "</ul></div>"
  }

  /// What the tasks add up to; a phase without tasks goes by its workflow, else by what its goal says.
  private static func statusBadge(_ counts: TaskCounts, workflow: WorkflowProgress?, written: WorkStatus?)
    -> Markup
  {
    if let status = FestStateView.derivedStatus(counts) { return StatusBadge.known(status) }
    if let workflow { return StatusBadge.known(workflow.status) }
    return StatusBadge.work(written)
  }

  private static func tasks(_ groups: [[FestivalTask]], _ context: FestivalContext) -> Markup {
    var html: Markup = "<ul>"
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

  private static func task(_ task: FestivalTask, _ context: FestivalContext) -> Markup {
    var html: Markup =
      "<li>\(link(task.path, PlanTitles.task(task), context)) " + FestStateView.taskBadge(task)
    if task.isGate { html += " " + HTML.badge("gate", kind: "gate") }
    let checklist = FestStateView.checklist(task)
    if !checklist.isEmpty { html += " " + checklist }
    if let reason = task.state.blockedReason, task.state.status == .blocked {
      html += " <span class=\"muted\">" + HTML.text(reason) + "</span>"
    }
    return html + "</li>"
  }

  /// A phase's or sequence's other documents, by folder (`decisions/`, `results/`), files first.
  static func supporting(_ paths: [String], under folder: String, _ context: FestivalContext) -> Markup {
    guard !paths.isEmpty else { return "" }
    var html: Markup = "<details class=\"supporting\"><summary>Supporting documents "
    html += "<span class=\"muted\">\(paths.count)</span></summary><ul>"
    for group in SupportingGroups.groups(paths, under: folder) {
      let links = group.paths.map { path in
        link(path, context.festival.document(at: path)?.title ?? path, context)
      }
      if let name = group.folder {
        html += "<li>" + HTML.text(name + "/") + HTML.list(links) + "</li>"
      } else {
        html += links.map { "<li>\($0)</li>" }.joined()
      }
    }
    return html + "</ul></details>"
  }

  private static func link(_ path: String?, _ label: String, _ context: FestivalContext) -> Markup {
    guard let path, let page = context.plan.documents[path] else { return HTML.text(label) }
    return HTML.link(context.href(page), label)
  }
}
