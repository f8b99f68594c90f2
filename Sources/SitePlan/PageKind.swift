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
  /// A markdown document: in a festival, or loose (`festival` nil).
  case document(festival: Int?, path: String)
}
