import Diagnostics
import FestivalModel

/// A task whose front matter says one thing while the status fest reports comes from its checkboxes and
/// says another. Where fest's events decide, front matter is not what anyone reads, so nothing is said.
struct TaskStatusChecker: FestivalChecker {
  func check(_ festival: Festival) -> [Diagnostic] {
    let documents = Dictionary(
      festival.documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    var found: [Diagnostic] = []
    for task in festival.allTasks where task.state.source != .events {
      guard let known = task.status?.known, [.pending, .inProgress, .completed].contains(known),
        task.progress.total > 0, known != task.progress.status
      else { continue }
      let line = documents[task.path]?.statusLine ?? 1
      let boxes = "\(task.progress.checked) of \(task.progress.total) boxes are checked"
      let counted = task.progress.status.rawValue.replacingOccurrences(of: "_", with: " ")
      let message =
        festival.generation == .festEra
        ? "front matter says \(known.rawValue), but fest counts this task \(counted): \(boxes) and no progress event names it"
        : "status says \(known.rawValue) but \(boxes)"
      let fix =
        festival.generation == .festEra
        ? "tick the boxes that are done, or record the status with `fest task`"
        : "set the status to \(task.progress.status.rawValue) or update the checkboxes"
      found.append(
        Diagnostic(
          .warning, rule: .frontmatterStatusDisagrees, message: message,
          at: SourceLocation(file: task.path, line: line, column: 1), fix: fix))
    }
    return found
  }
}
