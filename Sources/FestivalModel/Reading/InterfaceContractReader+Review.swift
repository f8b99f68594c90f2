import Diagnostics
import Foundation

extension InterfaceContractReader {
  mutating func readChecklist(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      let status = view.cell("status", in: row)
      let state =
        status.flatMap { CheckboxText.boxes(in: $0.text).first?.state } ?? Self.wordState(status?.text ?? "")
      if state == .unknown, let status, !status.text.isEmpty {
        flag("checklist status", status.text, at: status.location, fix: "write [ ] or [x]")
      }
      contract.reviewChecklist.append(
        ChecklistItem(
          area: view.text("area", in: row), criteria: view.text("criteria", in: row), state: state,
          location: view.rowLocation(row)))
    }
  }

  private static func wordState(_ text: String) -> CheckState {
    switch TextFolding.fold(text) {
    case "done", "yes", "complete", "completed", "passed", "ok": .checked
    case "", "no", "pending", "open", "todo": .unchecked
    case "inprogress", "wip": .inProgress
    case "blocked", "failed": .blocked
    default: .unknown
    }
  }

  mutating func readSignOffs(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      let statusText = view.text("status", in: row)
      let date = view.text("date", in: row)
      contract.signOffs.append(
        SignOff(
          role: view.text("role", in: row), responsibility: view.text("responsibility", in: row),
          state: Self.signOffState(statusText), statusWritten: statusText,
          date: date.isEmpty || PlaceholderDetector.isTemplateValue(date) ? nil : date,
          location: view.rowLocation(row)))
    }
  }

  /// `[x] Approved [ ] Changes Needed` is approved; a plain `Approved` or `✅` too.
  static func signOffState(_ text: String) -> SignOffState {
    let boxes = CheckboxText.boxes(in: text)
    if let checked = boxes.first(where: { $0.state == .checked }) {
      return checked.label.lowercased().contains("change") ? .changesNeeded : .approved
    }
    if !boxes.isEmpty { return .pending }
    let lower = text.lowercased()
    if lower.contains("change") || lower.contains("reject") { return .changesNeeded }
    if lower.contains("approved") || lower.contains("✅") || lower.contains("signed") { return .approved }
    return .pending
  }
}
