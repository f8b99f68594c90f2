/// Settings for a render that do not come from the content.
public struct RenderOptions: Sendable {
  public var siteTitle: String
  public var version: String
  /// Shown in the footer: where the site was built from (the content folder's name).
  public var source: String
  /// How many pages render at once.
  public var jobs: Int

  public init(siteTitle: String = "Interface contracts", version: String, source: String, jobs: Int) {
    self.siteTitle = siteTitle
    self.version = version
    self.source = source
    self.jobs = max(1, jobs)
  }
}
