import ChangeHistory

/// Settings for a render that do not come from the festivals themselves.
public struct RenderOptions: Sendable {
  public var siteTitle: String
  public var version: String
  /// Shown in the footer: where the site was built from (the content folder's name).
  public var source: String
  /// How many pages render at once.
  public var jobs: Int
  /// Footer text from `festdoc.yml`, shown as written (escaped).
  public var footer: String?
  /// Where the site will be published (`https://docs.example.com/contracts/`): adds canonical URLs and
  /// `sitemap.xml`.
  public var baseURL: String?
  /// A pattern for "view source" links: `{path}` and `{line}` are replaced by the content file and line.
  public var repositoryURL: String?
  /// Site path of a logo image shown beside the title.
  public var logo: String?
  /// Render every page through the theme's `section` template instead of its layout, for the single-file
  /// export: `Result.sections` holds them and no page file is written.
  public var rendersSections = false
  /// The changes feed's commits, when the build lists them.
  public var history: ContentHistory?

  public init(siteTitle: String = "Festivals", version: String, source: String, jobs: Int) {
    self.siteTitle = siteTitle
    self.version = version
    self.source = source
    self.jobs = max(1, jobs)
  }
}
