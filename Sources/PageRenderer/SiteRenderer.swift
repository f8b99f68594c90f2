import Diagnostics
import FestivalModel
import Foundation
import SitePlan

/// The fifth stage: renders every planned page through the theme. Pages render in parallel; results
/// are put back in plan order, so any `--jobs` gives the same bytes.
public enum SiteRenderer {
  public struct Result: Sendable {
    public var files: [RenderedFile]
    public var diagnostics: [Diagnostic]
  }

  public static func render(
    model: ContentModel, plan: SitePlan, theme: Theme, options: RenderOptions,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> Result {
    let documents = Dictionary(
      (model.festivals.flatMap(\.documents) + model.looseDocuments).map { ($0.path, $0) },
      uniquingKeysWith: { first, _ in first })
    let resolver = LinkResolver(plan: plan, anchors: anchors(model: model, plan: plan))
    let pages = plan.pages
    let indexes = Self.indexes(model: model, plan: plan)
    let results = ResultSlots(count: pages.count)
    let counter = ResultSlots(count: 1)
    DispatchQueue.concurrentPerform(iterations: options.jobs) { worker in
      var index = worker
      while index < pages.count {
        let context = PageContext(
          model: model, plan: plan, page: pages[index], resolver: resolver, indexes: indexes)
        let body = self.body(for: pages[index], context: context, documents: documents)
        let html = layout(body, context: context, theme: theme, options: options)
        results.set(
          index,
          ([RenderedFile(path: pages[index].path, data: Data(html.utf8))] + body.files, body.diagnostics))
        let done = counter.increment()
        progress?(done, pages.count)
        index += options.jobs
      }
    }
    var files = results.values.flatMap(\.0)
    let diagnostics = results.values.flatMap(\.1)
    for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
      files.append(RenderedFile(path: "assets/" + path, data: data))
    }
    return Result(files: files, diagnostics: diagnostics.sortedForOutput())
  }

  private static func body(for page: PlannedPage, context: PageContext, documents: [String: Document])
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
    case .component(let festival, let index):
      return ComponentPage.render(context, festival: festival, component: index)
    case .endpoint(let festival, let index):
      return EndpointPage.render(context, festival: festival, endpoint: index)
    case .entity(let festival, let index):
      return EntityPage.render(context, festival: festival, entity: index)
    case .event(let festival, let index): return EventPage.render(context, festival: festival, event: index)
    case .queue(let festival, let index): return QueuePage.render(context, festival: festival, queue: index)
    case .systemGroup(let festival, let index):
      return SystemGroupPage.render(context, festival: festival, group: index)
    case .externalSystem(let festival, let index):
      return ExternalSystemPage.render(context, festival: festival, system: index)
    case .document(let festival, let path):
      guard let document = documents[path] else { return PageBody(html: "") }
      return DocumentPage.render(context, festival: festival, document: document)
    }
  }

  private static func layout(_ body: PageBody, context: PageContext, theme: Theme, options: RenderOptions)
    -> String
  {
    let root = RelativeURL.root(from: context.page.path)
    var values: [String: Any] = [
      "title": context.page.title, "siteTitle": options.siteTitle, "root": root, "assets": root + "assets/",
      "content": body.html, "version": options.version, "source": options.source,
      "hasBreadcrumbs": body.breadcrumbs.count > 1,
      "breadcrumbs": body.breadcrumbs.map { crumb -> [String: Any] in
        var entry: [String: Any] = ["title": crumb.title]
        if let href = crumb.href { entry["href"] = href }
        return entry
      },
    ]
    if let festival = body.festival {
      values["festival"] = [
        "name": context.model.festivals[festival].name,
        "href": context.href(context.plan.festivals[festival].home),
      ]
    }
    return theme.renderLayout(values)
  }

  /// One look-up index per festival, in model order.
  static func indexes(model: ContentModel, plan: SitePlan) -> [FestivalIndex] {
    zip(model.festivals, plan.festivals).map { FestivalIndex($0.interfaces, componentPaths: $1.components) }
  }

  /// Every document's anchors (its headings, and for the interface document its row ids), so links
  /// can be checked before any page renders.
  static func anchors(model: ContentModel, plan: SitePlan) -> [String: Set<String>] {
    var result: [String: Set<String>] = [:]
    for document in model.festivals.flatMap(\.documents) + model.looseDocuments {
      result[document.path] = Set(MarkdownHTMLRenderer.headingAnchors(of: document.body))
    }
    for (index, festival) in model.festivals.enumerated() {
      if let path = festival.interfaces?.path {
        result[path, default: []].formUnion(plan.festivals[index].rowAnchors.values)
      }
    }
    return result
  }
}

/// Result slots filled from several threads.
final class ResultSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [([RenderedFile], [Diagnostic])?]
  private var count = 0

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: ([RenderedFile], [Diagnostic])) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    count += 1
    return count
  }

  var values: [([RenderedFile], [Diagnostic])] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
