import Diagnostics
import Diagrams
import FestivalModel
import Foundation
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
  /// Whether the result carries its record encoded (`Result.encodedRecord`): a build that writes the
  /// record at once has it made beside the search index, where a core is free. A preview writes it
  /// after the reload, and leaves this off.
  public var encodesRecord = false
  /// Where each page's files go as soon as they are laid out (`festdoc build` writes them into its
  /// staging folder), so the site is never held whole: at 10,000 components it is a gigabyte. The
  /// result then lists only the site-wide files.
  public var pageSink: (@Sendable (_ path: String, _ data: Data) throws -> Void)?
  /// A file the render may write and remove, where page bodies wait between the two passes once those
  /// held in memory pass a budget (`HeldBodies`); nil holds them all in memory.
  public var scratchFile: URL?
  /// How many bytes of page HTML stay in memory between the passes before the scratch file takes the rest.
  public var heldPageBytes = defaultHeldPageBytes
  /// Component neighbourhoods laid out ahead, while the steps before the render ran.
  public var drawingsAhead: DrawingsAhead?
  /// The festivals' tables made while the resolve step ran (with the `RenderCache` that renders, if any).
  public var tablesAhead: FestivalTablesAhead?
  public static let defaultHeldPageBytes = 128 * 1024 * 1024

  public init(
    model: ContentModel, plan: SitePlan, resolved: ResolvedSite, theme: Theme, options: RenderOptions,
    findings: [Diagnostic] = []
  ) {
    (self.model, self.plan, self.resolved) = (model, plan, resolved)
    (self.theme, self.options, self.findings) = (theme, options, findings)
  }
}
