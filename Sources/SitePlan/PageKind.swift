import FestivalModel

/// What a page shows. Contract elements are named by their stable identity (`ElementID`); festivals
/// and system groups by their position in the model's and the plan's arrays, built together.
public enum PageKind: Hashable, Sendable {
  case siteIndex
  case notFound
  /// The contract changes of the last commits that touched the content (`--history`).
  case changes
  case festivalHome(festival: Int)
  case interfaces(festival: Int)
  case component(festival: Int, element: ElementID)
  case endpoint(festival: Int, element: ElementID)
  case entity(festival: Int, element: ElementID)
  case event(festival: Int, element: ElementID)
  case queue(festival: Int, element: ElementID)
  case externalSystem(festival: Int, element: ElementID)
  /// One group of a large system's graph.
  case systemGroup(festival: Int, index: Int)
  /// Every named thing of the festival, A to Z, with where it is defined and who mentions it.
  case nameIndex(festival: Int)
  /// The authorization matrix as a grid, with its anomalies.
  case authorization(festival: Int)
  /// Every entity (or data contract) in a table, under the drawing of their data model.
  case entities(festival: Int)
  /// What one role (a column of the matrix) may do on every resource.
  case role(festival: Int, element: ElementID)
  /// Who may do what on one resource (a row of the matrix).
  case resource(festival: Int, element: ElementID)
  /// Review dashboard: status, checklist, sign-offs, placeholders, task progress.
  case review(festival: Int)
  /// The build's findings about one festival.
  case diagnostics(festival: Int)
  /// A markdown document: in a festival, or loose (`festival` nil).
  case document(festival: Int?, path: String)
}
