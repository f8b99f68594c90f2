import Diagnostics
import FestivalModel

/// What the resolve step knows before any page renders: the anchors every document's page will have,
/// each mermaid block parsed, and the findings about links, images and diagrams.
public struct ResolvedSite: Sendable {
  /// Content path -> the anchors its page has (headings, and row ids on the interface document).
  public var anchors: [String: Set<String>] = [:]
  /// The anchors links point at: whether each is there is all the anchors change of how a page comes
  /// out.
  var anchorTargets: Set<AnchorTarget> = []
  /// Every document by content path (a path read twice: the document read first, as its page shows it).
  var documents: [String: Document] = [:]
  /// Content path -> the mermaid blocks of that document by the line their block starts on.
  var diagrams: [String: [Int: ResolvedDiagram]] = [:]
  /// Broken and refused links and images, diagrams that do not parse or are too large.
  public var diagnostics: [Diagnostic] = []

  public init() {}
}
