import Foundation
import PageRenderer
import SiteWriter

/// What a build is asked to do, from the command line or a test: where the content is, how findings are
/// weighed, which theme, how many jobs.
public struct BuildSettings: Sendable {
  /// The content folder.
  public var content: URL
  /// Rules not reported (`--disable`).
  public var disabledRules: [String] = []
  public var warningsAsErrors = false
  /// A theme folder whose files replace the default theme's.
  public var themeFolder: URL?
  /// How many pages render at once.
  public var jobs: Int
  /// Where the site will be published (overrides `base_url` of festdoc.yml).
  public var baseURL: String?
  /// The festdoc version shown in every page's footer.
  public var version: String
  /// Whether the render keeps a record for the next incremental build (a site written to a folder).
  public var keepsRecord = true
  /// Whether the render gives every page as a section of the single-file export instead of as a page.
  public var rendersSections = false
  /// How many commits the changes feed lists (`--history`); nil leaves it to festdoc.yml's `history`.
  public var history: Int?
  /// The history cache an earlier build left in the output folder (`.festdoc/history`).
  public var historyCache: Data?
  /// How many bytes of page HTML a staged build holds in memory between the render passes before the rest
  /// waits in a scratch file; tests set it to 0.
  public var heldPageBytes = RenderInput.defaultHeldPageBytes
  /// How a staged build removes the site it replaced: `festdoc build`, which exits right after, hands it
  /// to a detached process.
  public var retiredSiteRemoval = RetiredSiteRemoval.now

  public init(content: URL, jobs: Int, version: String) {
    self.content = content
    self.jobs = max(1, jobs)
    self.version = version
  }
}
