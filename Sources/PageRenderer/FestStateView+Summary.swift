import FestivalModel
import Foundation

/// The festival-wide part: next task, blocked and started tasks, workflows and gates, status history.
extension FestStateView {
  static func summary(_ context: FestivalContext) -> Markup {
    let festival = context.festival
    // Flattened once: the plan's tasks are walked for each fact below.
    let tasks = festival.allTasks
    var html = Markup()
    var facts: [(String, Markup)] = []
    if let next = festival.nextTask { facts.append(("Next task", taskLink(next, context))) }
    let started = tasks.filter { $0.state.status == .inProgress }
    if !started.isEmpty {
      facts.append(
        (
          "In progress",
          started.prefix(10).map { taskLink($0, context) }.joined(separator: ", ")
            + (started.count > 10 ? " and \(started.count - 10) more" : "")
        ))
    }
    let gates = tasks.filter(\.isGate)
    if !gates.isEmpty {
      // The quality gates fest appended to each sequence: how many passed, and the first still open.
      let passed = gates.filter { $0.state.status == .completed }.count
      var text: Markup = "\(passed) of \(gates.count) passed"
      if let open = gates.first(where: { $0.state.status != .completed }) {
        text += " · next: " + taskLink(open, context)
      }
      facts.append(("Quality gates", "<span>" + text + "</span>"))
    }
    html += HTML.facts(facts)
    html += blocked(tasks, context)
    html += workflows(festival, context)
    return html
  }

  private static func taskLink(_ task: FestivalTask, _ context: FestivalContext) -> Markup {
    let title = PlanTitles.task(task)
    let link =
      context.plan.documents[task.path].map { HTML.link(context.href($0), title) } ?? HTML.text(title)
    let sequence = task.path.split(separator: "/").dropLast().last.map(String.init) ?? ""
    return link + " <span class=\"muted\">" + HTML.text(sequence) + "</span>"
  }

  private static func blocked(_ all: [FestivalTask], _ context: FestivalContext) -> Markup {
    let tasks = all.filter { $0.state.status == .blocked }
    guard !tasks.isEmpty else { return "" }
    let rows = tasks.map { task -> [Markup] in
      [
        taskLink(task, context), HTML.text(task.state.blockedReason ?? ""),
        HTML.text(task.state.since.map(day) ?? ""),
      ]
    }
    return "<h3>Blocked</h3>" + HTML.table(["Task", "Reason", "Since"], rows)
  }

  /// Each phase's workflow and gate, as `fest workflow status` tells them.
  private static func workflows(_ festival: Festival, _ context: FestivalContext) -> Markup {
    var items: [Markup] = []
    for phase in festival.phases {
      let title = PlanTitles.phase(phase, in: festival)
      for (workflow, kind) in [(phase.workflow, "workflow"), (phase.gates, "gate")] {
        guard let workflow else { continue }
        let label = "\(title) \(kind)"
        let link =
          context.plan.documents[workflow.documentPath].map { HTML.link(context.href($0), label) }
          ?? HTML.text(label)
        items.append(workflowLine(workflow, link: link))
      }
    }
    return items.isEmpty ? "" : "<h3>Workflows and gates</h3>" + HTML.list(items)
  }

  /// fest's recorded status moves, oldest first, with the record each came from.
  static func history(_ festival: Festival) -> Markup {
    guard !festival.history.isEmpty else { return "" }
    let rows = festival.history.map { change -> [Markup] in
      let record = change.record == .festYAML ? "fest.yaml" : ".fest/status_history.json"
      let move = (change.from.map { HTML.text($0) + " → " } ?? "") + HTML.text(change.to)
      return [
        HTML.text(change.timestamp.map(day) ?? ""), move, HTML.text(change.notes ?? ""),
        "<span class=\"muted\">\(HTML.text(record))</span>",
      ]
    }
    return HTML.section(
      "Status history", id: "history", HTML.table(["Date", "Status", "Notes", "Recorded in"], rows))
  }
}
