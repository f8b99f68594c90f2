import ContentReader
import FestivalChecks
import FestivalModel
import PageRenderer
import SitePlan

/// What a preview session keeps from one build for the next, one cache per stage: a save changes one
/// file, and each stage works again only on what came out different from the stage before it.
public struct BuildCaches: Sendable {
  /// The content files' bytes, by inode, size and time.
  public let files = ContentFileCache()
  /// Each file's fingerprint for the pages' inputs, while its text is unchanged.
  public let sources = SourceFingerprints()
  /// Parsed documents and contracts.
  public let model = ModelCache()
  /// Findings of the contract checks.
  public let checks = CheckCache()
  /// The pages and row anchors of each contract.
  public let plan = PlanCache()
  /// Each document's anchors and mermaid blocks.
  public let resolve = ResolveCache()
  /// Catalogs, cross-references, search entries and drawings of unchanged inputs.
  public let render = RenderCache()

  public init() {}
}
