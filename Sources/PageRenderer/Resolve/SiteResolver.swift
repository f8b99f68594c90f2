import Diagnostics
import FestivalModel
import Parallelism
import SitePlan

/// The resolve step, between planning and rendering: every anchor the pages will have, every link and
/// image of every rendered document resolved against them, every mermaid block parsed. Its findings are
/// all the site reports about links and diagrams, so `festdoc check` stops here.
public enum SiteResolver {
  public static func resolve(model: ContentModel, plan: SitePlan, jobs: Int) -> ResolvedSite {
    resolve(model: model, plan: plan, jobs: jobs, memo: nil)
  }

  /// With a `memo`, unchanged documents keep the anchors and diagrams of the build before.
  static func resolve(model: ContentModel, plan: SitePlan, jobs: Int, memo: ResolveCache?)
    -> ResolvedSite
  {
    var site = ResolvedSite()
    site.anchors = anchors(model: model, plan: plan, memo: memo)
    let resolver = LinkResolver(plan: plan, anchors: site.anchors, files: Set(model.staticFiles.map(\.path)))
    site.documents = Dictionary(
      (model.festivals.flatMap(\.documents) + model.looseDocuments).map { ($0.path, $0) },
      uniquingKeysWith: { first, _ in first })
    let rendered = renderedDocuments(site.documents, model: model, plan: plan)
    // A preview's save changes one file: the other documents' links resolve as before while what they
    // resolve against is the same.
    let sameTargets =
      memo?.sameTargets(
        ResolveCache.Targets(plan: plan, anchors: site.anchors, files: Set(model.staticFiles.map(\.path))))
      ?? false
    let walks = Slots<ResolveCache.Walked>(count: rendered.count)
    let parsedBlocks = Slots<ResolveCache.Parsed>(count: rendered.count)
    Concurrently.forEach(jobs: jobs, count: rendered.count) { index in
      let (document, page) = rendered[index]
      if sameTargets, let kept = memo?.walked(document, page: page) {
        walks.set(index, kept)
        parsedBlocks.set(index, memo?.parsed(document.path) ?? [:])
        return
      }
      var walk = DocumentResolver(documentPath: document.path, pagePath: page, resolver: resolver)
      walk.known = memo?.parsed(document.path) ?? [:]
      walk.walk(document.body.blocks)
      walks.set(
        index,
        ResolveCache.Walked(
          document: document, page: page, diagnostics: walk.diagnostics, diagrams: walk.diagrams,
          anchorTargets: walk.anchorTargets))
      parsedBlocks.set(index, walk.parsed)
    }
    var parsed: [String: ResolveCache.Parsed] = [:]
    var made: [String: ResolveCache.Walked] = [:]
    for (walk, blocks) in zip(walks.all, parsedBlocks.all) {
      guard let walk else { continue }
      let path = walk.document.path
      site.diagnostics += walk.diagnostics
      site.anchorTargets.formUnion(walk.anchorTargets)
      if !walk.diagrams.isEmpty { site.diagrams[path] = walk.diagrams }
      if let blocks, !blocks.isEmpty { parsed[path] = blocks }
      if memo != nil { made[path] = walk }
    }
    memo?.replace(with: parsed, walks: made, documents: Set(site.documents.keys))
    return site
  }

  /// Each document a page renders, with that page's path, in plan order.
  static func renderedDocuments(_ documents: [String: Document], model: ContentModel, plan: SitePlan)
    -> [(Document, String)]
  {
    plan.pages.compactMap { page in
      switch page.kind {
      case .interfaces(let festival):
        return model.festivals[festival].interfaces.flatMap { documents[$0.path] }.map { ($0, page.path) }
      case .document(_, let path):
        return documents[path].map { ($0, page.path) }
      default:
        return nil
      }
    }
  }
}
