/// Where a status shown for a task or festival came from, so a page can say why it reads as it does.
public enum StatusSource: String, Hashable, Sendable, Codable {
  /// fest's `.fest/progress_events.jsonl`, folded as fest folds it.
  case events
  /// The task file's checkboxes, as fest counts them when no event names the task.
  case checkboxes
  /// A `status` or `fest_status` key in front matter (v1 festivals, which fest does not track).
  case frontMatter
  /// The lifecycle folder the festival sits in (`active/`, `dungeon/completed/`).
  case lifecycleFolder
  /// The last move recorded in `.fest/status_history.json`.
  case statusHistory
  /// The last entry of `metadata.status_history` in `fest.yaml`.
  case festYAML
}
