import Diagnostics
import Diagrams
import FestivalModel
import Foundation
import SitePlan

/// The fifth stage: renders every planned page through the theme. Pages render in parallel; results
/// are put back in plan order, so any `--jobs` gives the same bytes.
/// The render step: every planned page through the theme, from what the steps before it worked out. It
/// reports nothing: every finding arose before it. Pages render in parallel; results are put back in
/// plan order, so any `--jobs` gives the same bytes.
public enum SiteRenderer {
  public struct Result: Sendable {
    public var files: [RenderedFile]
    /// Files of the previous build to keep as they are (hard-linked by the writer): pages whose inputs
    /// and references did not change.
    public var reused: [String] = []
    /// What the next incremental build needs; empty when `sources` were not given.
    public var record = RenderRecord()
    /// `record` encoded, when the input asked for it (`RenderInput.encodesRecord`).
    public var encodedRecord: Data?
    /// Pages whose body was rendered this time (the rest came from the record).
    public var renderedPages = 0
    /// Each page through the theme's `section` template, by page path, when the options ask for it.
    public var sections: [String: String] = [:]
    /// Why a page could not be handed to the input's `pageSink`, if one could not.
    public var sinkFailure: String?
  }

  /// Renders every page. With `sources` (the content files' fingerprints by path) the result carries a
  /// record, and with a `previous` record the pages whose inputs are unchanged are not rendered again.
  public static func render(_ input: RenderInput, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
    RenderPass(input, memo: nil, progress: progress).run()
  }

  static func lateBody(
    for page: PlannedPage, context: PageContext, catalogs: [NameCatalog], references: CrossReferences,
    diagnostics: [Diagnostic]
  ) -> PageBody {
    switch page.kind {
    case .nameIndex(let festival):
      return NameIndexPage.render(
        context, festival: festival, catalog: catalogs[festival], mentions: references.mentions[festival])
    case .diagnostics(let festival):
      return DiagnosticsPage.render(context, festival: festival, diagnostics: diagnostics)
    case .review(let festival):
      return ReviewPage.render(context, festival: festival, diagnostics: diagnostics)
    default:
      return PageBody(html: "")
    }
  }

  static func body(for page: PlannedPage, context: PageContext, documents: [String: Document])
    -> PageBody
  {
    switch page.kind {
    case .siteIndex: return SiteIndexPage.render(context)
    case .notFound: return NotFoundPage.render(context)
    case .changes: return ChangesPage.render(context)
    case .festivalHome(let festival): return FestivalHomePage.render(context, festival: festival)
    case .interfaces(let festival):
      guard let path = context.model.festivals[festival].interfaces?.path, let document = documents[path]
      else {
        return PageBody(html: "")
      }
      return DocumentPage.render(
        context, festival: festival, document: document,
        rowAnchors: context.plan.festivals[festival].rowAnchors[path] ?? [:])
    case .component(let festival, let element), .endpoint(let festival, let element),
      .entity(let festival, let element), .event(let festival, let element),
      .queue(let festival, let element),
      .externalSystem(let festival, let element), .role(let festival, let element),
      .resource(let festival, let element):
      guard let position = element.position(in: context, festival) else { return PageBody(html: "") }
      var body = elementBody(element.kind, at: position, festival: festival, context: context)
      if let note = ChangesPage.lastChange(of: element, festival: festival, context: context) {
        body.html += note
      }
      return body
    case .systemGroup(let festival, let index):
      return SystemGroupPage.render(context, festival: festival, group: index)
    case .authorization(let festival): return AuthorizationPage.render(context, festival: festival)
    case .entities(let festival): return EntitiesPage.render(context, festival: festival)
    case .nameIndex, .diagnostics, .review: return PageBody(html: "")
    case .document(let festival, let path):
      guard let document = documents[path] else { return PageBody(html: "") }
      // A loose document's elements belong to the workspace contract: its anchors are found there.
      let anchors = context.plan.festivals.lazy.compactMap { $0.rowAnchors[path] }.first ?? [:]
      return DocumentPage.render(context, festival: festival, document: document, rowAnchors: anchors)
    }
  }

  /// The page of the contract element of `kind` at `position` of its table.
  private static func elementBody(
    _ kind: ElementID.Kind, at position: Int, festival: Int, context: PageContext
  )
    -> PageBody
  {
    switch kind {
    case .component: ComponentPage.render(context, festival: festival, component: position)
    case .endpoint: EndpointPage.render(context, festival: festival, endpoint: position)
    case .entity: EntityPage.render(context, festival: festival, entity: position)
    case .event: EventPage.render(context, festival: festival, event: position)
    case .queue: QueuePage.render(context, festival: festival, queue: position)
    case .externalSystem: ExternalSystemPage.render(context, festival: festival, system: position)
    case .role: RolePage.render(context, festival: festival, role: position)
    case .resource: ResourcePage.render(context, festival: festival, resource: position)
    }
  }

  /// One look-up index per festival, in model order.
  static func indexes(model: ContentModel, plan: SitePlan) -> [FestivalIndex] {
    zip(model.festivals, plan.festivals).map { FestivalIndex($0.interfaces, plan: $1) }
  }
}
