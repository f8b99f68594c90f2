import Diagnostics
import FestivalModel
import Foundation

/// The review dashboard: where the contract stands, what is left to check and sign, what is unfilled,
/// and how the plan is going, with the front matter's word beside the checkboxes' where they disagree.
enum ReviewPage {
  /// Rules whose findings are unfilled template text.
  static let placeholderRules: Set<RuleID> = [.placeholdersLeft, .placeholdersTemplateRow]

  static func render(_ context: PageContext, festival index: Int, diagnostics: [Diagnostic]) -> PageBody {
    let festival = context.festival(index)
    var html: Markup = "<h1>Review dashboard</h1>\n"
    if let contract = festival.contract {
      let checked = contract.reviewChecklist.filter { $0.state == .checked }.count
      let approved = contract.signOffs.filter { $0.state == .approved }.count
      html += HTML.facts([
        ("Interface status", StatusBadge.interface(contract)),
        ("Review deadline", HTML.text(contract.reviewDeadline ?? "")),
        ("Sign-off required", HTML.text(contract.signOffRequired ?? "")),
        ("Checklist", HTML.progress(checked: checked, total: contract.reviewChecklist.count)),
        ("Sign-offs", HTML.progress(checked: approved, total: contract.signOffs.count)),
      ])
      html += checklist(contract)
      html += signOffs(contract)
      html += interfaceTasks(festival)
    } else {
      html += "<p class=\"muted\">This festival has no interface document.</p>\n"
    }
    let standing = FestStateView.summary(festival)
    if !standing.isEmpty { html += HTML.section("Where it stands", id: "standing", standing) }
    html += placeholders(diagnostics, festival)
    html += planProgress(festival)
    html += FestStateView.history(festival.festival)
    html +=
      "<p>" + HTML.link(context.href(festival.plan.diagnostics), "Build diagnostics") + " · "
      + HTML.link(context.href(festival.plan.nameIndex), "A–Z index") + "</p>\n"
    return PageBody(
      html: html, breadcrumbs: context.crumbs(festival: index, [PageBody.Crumb(title: "Review dashboard")]),
      festival: index)
  }

  /// The tasks that define interface elements, with fest's status for each and what it defines: what a
  /// reviewer waits on before the contract can be signed.
  private static func interfaceTasks(_ festival: FestivalContext) -> Markup {
    let rows = festival.festival.allTasks.compactMap { task -> [Markup]? in
      guard let elements = festival.lookup.elementsByFile[task.path], !elements.isEmpty else { return nil }
      let page = festival.plan.documents[task.path]
      let title = page.map { HTML.link(festival.href($0), task.title) } ?? HTML.text(task.title)
      let defined = elements.map { festival.pageLink($0.kind, $0.position, $0.name) }
      return [title, FestStateView.taskBadge(task), defined.joined(separator: ", ")]
    }
    guard !rows.isEmpty else { return "" }
    return HTML.section(
      "Interface tasks", id: "interface-tasks", HTML.table(["Task", "Status", "Defines"], rows))
  }

  private static func checklist(_ contract: InterfaceContract) -> Markup {
    guard !contract.reviewChecklist.isEmpty else { return "" }
    let rows = contract.reviewChecklist.map { item -> [Markup] in
      [state(item.state), HTML.text(item.area), HTML.text(item.criteria)]
    }
    return HTML.section("Review checklist", id: "checklist", HTML.table(["State", "Area", "Criteria"], rows))
  }

  private static func state(_ state: CheckState) -> Markup {
    switch state {
    case .checked: HTML.badge("done", kind: "completed")
    case .unchecked: HTML.badge("open", kind: "pending")
    case .inProgress: HTML.badge("in progress", kind: "in_progress")
    case .blocked: HTML.badge("blocked", kind: "blocked")
    case .unknown: HTML.badge("unknown", kind: "unknown")
    }
  }

  private static func signOffs(_ contract: InterfaceContract) -> Markup {
    guard !contract.signOffs.isEmpty else { return "" }
    let rows = contract.signOffs.map { signOff -> [Markup] in
      let badge =
        switch signOff.state {
        case .approved: HTML.badge("approved", kind: "approved")
        case .changesNeeded: HTML.badge("changes needed", kind: "changes_needed")
        case .pending: HTML.badge("pending", kind: "pending")
        }
      return [
        HTML.text(signOff.role), HTML.text(signOff.responsibility), badge, HTML.text(signOff.date ?? ""),
      ]
    }
    let counts = [SignOffState.approved, .changesNeeded, .pending].map { state in
      "\(contract.signOffs.filter { $0.state == state }.count) \(state.rawValue.replacingOccurrences(of: "_", with: " "))"
    }.joined(separator: ", ")
    return HTML.section(
      "Sign-off", id: "sign-off",
      "<p>\(HTML.text(counts))</p>" + HTML.table(["Role", "Responsibility", "State", "Date"], rows))
  }

  /// Unfilled template text anywhere in the festival, as the checks found it, each linked to its page
  /// (and row, in the interface document).
  private static func placeholders(_ diagnostics: [Diagnostic], _ festival: FestivalContext) -> Markup {
    let found = diagnostics.filter { finding in
      placeholderRules.contains(finding.rule) && finding.location != nil && festival.concerns(finding)
    }
    guard !found.isEmpty else {
      return HTML.section("Unfilled placeholders", id: "placeholders", "<p class=\"muted\">None.</p>")
    }
    let rows = found.map { finding -> [Markup] in
      let location = finding.location!
      let place = "\(festival.relativePath(location.file)):\(location.line)"
      var target = festival.plan.documents[location.file]
      if let page = target, let anchor = festival.plan.anchor(location.file, location.line) {
        target = page + "#" + anchor
      }
      let link = target.map { HTML.link(festival.href($0), place) } ?? HTML.text(place)
      return [link, HTML.text(finding.message)]
    }
    return HTML.section(
      "Unfilled placeholders", id: "placeholders",
      "<p>\(found.count) left.</p>" + HTML.table(["Where", "What"], rows, className: "wrapping"))
  }

  /// Phases and sequences with their task counts as fest sums them, and what their goals' front matter
  /// says where that disagrees.
  private static func planProgress(_ festival: FestivalContext) -> Markup {
    let phases = festival.festival.phases
    guard !phases.isEmpty else { return "" }
    func row(
      _ title: String, path: String?, status: WorkStatus?, counts: TaskCounts, indent: Bool,
      workflow: WorkflowProgress? = nil
    ) -> [Markup] {
      let name =
        path.flatMap { festival.plan.documents[$0] }.map { HTML.link(festival.href($0), title) }
        ?? HTML.text(title)
      let derived = FestStateView.derivedStatus(counts)
      var note = ""
      if let derived, let known = status?.known, known != derived,
        [.pending, .inProgress, .completed].contains(known)
      {
        note = "its goal says " + known.rawValue.replacingOccurrences(of: "_", with: " ")
      }
      // A phase of workflow steps and no tasks (INGEST, PLAN) goes by its steps.
      if derived == nil, let workflow {
        return [
          name, StatusBadge.known(workflow.status),
          "<span class=\"muted\">\(workflow.completedSteps) of \(workflow.steps.count) workflow steps</span>",
          "",
        ]
      }
      return [
        (indent ? "<span class=\"indent\"></span>" : "") + name,
        derived.map(StatusBadge.known) ?? StatusBadge.work(status), FestStateView.counts(counts),
        HTML.text(note),
      ]
    }
    var rows: [[Markup]] = []
    for phase in phases {
      rows.append(
        row(
          PlanTitles.phase(phase, in: festival.festival), path: phase.goalPath, status: phase.status,
          counts: phase.counts, indent: false, workflow: phase.workflow))
      for sequence in phase.sequences {
        rows.append(
          row(
            PlanTitles.sequence(sequence, in: festival.festival), path: sequence.goalPath,
            status: sequence.status, counts: sequence.counts, indent: true))
      }
    }
    return HTML.section(
      "Task progress", id: "progress",
      "<p>\(FestStateView.counts(festival.festival.counts))</p>"
        + HTML.table(["Phase / sequence", "Status", "Tasks", "Note"], rows))
  }
}
