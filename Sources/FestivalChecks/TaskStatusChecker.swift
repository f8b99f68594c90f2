import Diagnostics
import FestivalModel

/// A task whose front matter says one thing and whose checkboxes another.
struct TaskStatusChecker: FestivalChecker {
  func check(_ festival: Festival) -> [Diagnostic] {
    let documents = Dictionary(
      festival.documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    var found: [Diagnostic] = []
    for task in festival.phases.flatMap(\.allTasks) {
      guard let known = task.status?.known, [.pending, .inProgress, .completed].contains(known),
        task.progress.total > 0, known != task.progress.status
      else { continue }
      let line = documents[task.path]?.statusLine ?? 1
      found.append(
        Diagnostic(
          .warning, rule: "frontmatter.status-disagrees",
          message:
            "status says \(known.rawValue) but \(task.progress.checked) of \(task.progress.total) boxes are checked",
          at: SourceLocation(file: task.path, line: line, column: 1),
          fix: "set the status to \(task.progress.status.rawValue) or update the checkboxes"))
    }
    return found
  }
}
