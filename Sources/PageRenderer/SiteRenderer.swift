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
    /// Pages whose body was rendered this time (the rest came from the record).
    public var renderedPages = 0
    /// Each page through the theme's `section` template, by page path, when the options ask for it.
    public var sections: [String: String] = [:]
  }

  /// Renders every page. With `sources` (the content files' fingerprints by path) the result carries a
  /// record, and with a `previous` record the pages whose inputs are unchanged are not rendered again.
  public static func render(_ input: RenderInput, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
    guard let cache = input.cache else { return RenderPass(input, progress: progress).run() }
    let documents = (input.model.festivals.flatMap(\.documents) + input.model.looseDocuments).map(\.path)
    return cache.build(plan: input.plan, documents: documents) { RenderPass(input, progress: progress).run() }
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
    case .festivalHome(let festival): return FestivalHomePage.render(context, festival: festival)
    case .interfaces(let festival):
      guard let path = context.model.festivals[festival].interfaces?.path, let document = documents[path]
      else {
        return PageBody(html: "")
      }
      return DocumentPage.render(
        context, festival: festival, document: document,
        rowAnchors: context.plan.festivals[festival].rowAnchors)
    case .component(let festival, let element):
      return element.position(in: context, festival).map {
        ComponentPage.render(context, festival: festival, component: $0)
      } ?? PageBody(html: "")
    case .endpoint(let festival, let element):
      return element.position(in: context, festival).map {
        EndpointPage.render(context, festival: festival, endpoint: $0)
      } ?? PageBody(html: "")
    case .entity(let festival, let element):
      return element.position(in: context, festival).map {
        EntityPage.render(context, festival: festival, entity: $0)
      } ?? PageBody(html: "")
    case .event(let festival, let element):
      return element.position(in: context, festival).map {
        EventPage.render(context, festival: festival, event: $0)
      } ?? PageBody(html: "")
    case .queue(let festival, let element):
      return element.position(in: context, festival).map {
        QueuePage.render(context, festival: festival, queue: $0)
      } ?? PageBody(html: "")
    case .systemGroup(let festival, let index):
      return SystemGroupPage.render(context, festival: festival, group: index)
    case .externalSystem(let festival, let element):
      return element.position(in: context, festival).map {
        ExternalSystemPage.render(context, festival: festival, system: $0)
      } ?? PageBody(html: "")
    case .authorization(let festival): return AuthorizationPage.render(context, festival: festival)
    case .role(let festival, let element):
      return element.position(in: context, festival).map {
        RolePage.render(context, festival: festival, role: $0)
      } ?? PageBody(html: "")
    case .resource(let festival, let element):
      return element.position(in: context, festival).map {
        ResourcePage.render(context, festival: festival, resource: $0)
      } ?? PageBody(html: "")
    case .nameIndex, .diagnostics, .review: return PageBody(html: "")
    case .document(let festival, let path):
      guard let document = documents[path] else { return PageBody(html: "") }
      return DocumentPage.render(context, festival: festival, document: document)
    }
  }

  /// One look-up index per festival, in model order.
  static func indexes(model: ContentModel, plan: SitePlan) -> [FestivalIndex] {
    zip(model.festivals, plan.festivals).map { FestivalIndex($0.interfaces, componentPaths: $1.components) }
  }

  /// Every document's anchors (its headings, and for the interface document its row ids), so links
  /// can be checked before any page renders.
  static func anchors(model: ContentModel, plan: SitePlan) -> [String: Set<String>] {
    anchors(model: model, plan: plan, cache: nil, keyed: false).sets
  }
}
