import Diagnostics
import Diagrams
import FestivalModel
import SitePlan

/// Everything the render step draws from, known before it starts: the model and plan, what the resolve
/// step found, the theme, and every finding already weighed.
public struct RenderInput: Sendable {
  public var model: ContentModel
  public var plan: SitePlan
  public var resolved: ResolvedSite
  public var theme: Theme
  public var options: RenderOptions
  /// Every finding of the build, weighed and in output order: what the review and diagnostics pages show.
  public var findings: [Diagnostic]
  /// The content files' fingerprints by path: with them the result carries a record for the next build.
  public var sources: [String: String]?
  /// The previous build's record: pages whose inputs are unchanged are not rendered again.
  public var previous: RenderRecord?

  public init(
    model: ContentModel, plan: SitePlan, resolved: ResolvedSite, theme: Theme, options: RenderOptions,
    findings: [Diagnostic] = []
  ) {
    (self.model, self.plan, self.resolved) = (model, plan, resolved)
    (self.theme, self.options, self.findings) = (theme, options, findings)
  }
}
