import ChangeHistory
import ContentReader
import Diagnostics
import FestivalChecks
import FestivalModel
import Foundation
import PageRenderer
import Parallelism
import SitePlan
import SiteWriter

/// What the steps of one build share: the settings, a preview session's caches, the time each step
/// took, and each step's product, filled in as the steps run.
public struct BuildContext: Sendable {
  public var settings: BuildSettings
  /// A preview session's caches; nil for a one-off build.
  public var caches: BuildCaches?
  /// The previous build's record: pages whose inputs are unchanged are not rendered again.
  public var previous: RenderRecord?
  /// The previous build's record while it is still being decoded; the render step waits for it.
  public var pendingPrevious: Pending<RenderRecord?>?
  /// Told what the build is doing ("reading", "rendering 12/40").
  public var progress: (@Sendable (String) -> Void)?
  public var timings = BuildTimings()
  /// The output `festdoc build` writes: the render step then makes `staging` beside it, so nothing is
  /// created before a build gets that far.
  public var stagesInto: URL?
  /// With it, pages go into the staging folder as they are rendered and the write step adds the
  /// site-wide files and swaps it in.
  public var staging: SiteStaging?

  /// The read step's: every content file, undecoded into a model yet.
  public var inventory: ContentInventory?
  /// How many content files the read step read (documents and configuration).
  public var filesRead = 0
  /// The parse step's: every document parsed.
  public var parsed: ParsedDocuments?
  /// The model step's.
  public var model: ContentModel?
  /// Every finding so far, as each step reported it (before festdoc.yml's and the options' severities).
  public var findings: [Diagnostic] = []
  /// The check step's: how festdoc.yml and the options weigh findings.
  public var policy = SeverityPolicy()
  /// The check step's findings while its rules still run beside the plan and resolve steps, and where
  /// in `findings` they go: `settleChecks()` puts them there.
  var pendingChecks: (findings: Pending<[Diagnostic]>, at: Int)?
  /// Component neighbourhoods being laid out ahead of the render, when it will draw every page.
  public var drawingsAhead: DrawingsAhead?
  /// The render's festival tables being made on a helper thread while the resolve step runs.
  public var tablesAhead: FestivalTablesAhead?
  /// The plan step's.
  public var plan: SitePlan?
  /// The resolve step's.
  public var resolved: ResolvedSite?
  /// The theme the render step drew with.
  public var theme: Theme?
  /// The render step's.
  public var rendered: SiteRenderer.Result?
  /// The changes feed's commits, when the build lists them; and the cache to keep for the next build.
  public var history: ContentHistory?
  public var historyCache: HistoryCache?

  public init(settings: BuildSettings, caches: BuildCaches? = nil, previous: RenderRecord? = nil) {
    self.settings = settings
    self.caches = caches
    self.previous = previous
  }

  /// A build of content already in memory: the read step is skipped.
  public init(settings: BuildSettings, inventory: ContentInventory) {
    self.settings = settings
    self.inventory = inventory
  }

  /// Puts the check step's findings in their place once its rules are done, waiting for them, and adds
  /// the time they took to the step's.
  mutating func settleChecks() {
    guard let (pending, place) = pendingChecks else { return }
    pendingChecks = nil
    findings.insert(contentsOf: pending.value, at: place)
    timings.record("check", pending.duration)
  }

  /// Every finding weighed by the policy and in output order: what commands print and pages show.
  public var diagnostics: [Diagnostic] { policy.apply(findings).sortedForOutput() }

  /// The product a step needs from an earlier one; a step list without that step is a programming error.
  func required<Value>(_ value: Value?, _ step: String) -> Value {
    guard let value else { preconditionFailure("the \(step) step must run first") }
    return value
  }
}
