import Diagnostics

/// `festdoc.yml` at the content root: the site's title and other settings, and rule severities.
public struct SiteConfiguration: Hashable, Sendable, Encodable {
  public var title: String?
  public var footer: String?
  public var baseURL: String?
  public var repositoryURL: String?
  /// Where festdoc's rule documentation is published (`docs_url`), for the `helpUri` of SARIF rules.
  public var docsURL: String?
  /// How many commits the changes feed lists (`history`); nil or 0 for no feed.
  public var history: Int?
  /// Content-relative path of a logo image shown beside the site title.
  public var logo: String?
  /// Rule id -> `error`, `warning`, `note` or `off`, as written.
  public var rules: [String: String] = [:]
  /// Where each rule setting stands, for diagnostics about it.
  public var ruleLines: [String: Int] = [:]
  public var path: String?

  public init() {}

  private enum CodingKeys: String, CodingKey {
    case title, footer, baseURL, repositoryURL, docsURL, history, logo, rules
  }
}
