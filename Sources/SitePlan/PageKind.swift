/// What a page shows; indexes point into the model's arrays.
public enum PageKind: Hashable, Sendable {
  case siteIndex
  case notFound
  case festivalHome(festival: Int)
  case interfaces(festival: Int)
  case component(festival: Int, index: Int)
  case endpoint(festival: Int, index: Int)
  case entity(festival: Int, index: Int)
  case event(festival: Int, index: Int)
  case queue(festival: Int, index: Int)
  case externalSystem(festival: Int, index: Int)
  /// One group of a large system's graph.
  case systemGroup(festival: Int, index: Int)
  /// Every named thing of the festival, A to Z, with where it is defined and who mentions it.
  case nameIndex(festival: Int)
  /// The authorization matrix as a grid, with its anomalies.
  case authorization(festival: Int)
  /// What one role (a column of the matrix) may do on every resource.
  case role(festival: Int, index: Int)
  /// Who may do what on one resource (a row of the matrix).
  case resource(festival: Int, index: Int)
  /// Review dashboard: status, checklist, sign-offs, placeholders, task progress.
  case review(festival: Int)
  /// The build's findings about one festival.
  case diagnostics(festival: Int)
  /// A markdown document: in a festival, or loose (`festival` nil).
  case document(festival: Int?, path: String)
}
