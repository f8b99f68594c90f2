import ChangeHistory
import Diagrams
import FestivalModel
import SitePlan

/// What every page renderer can see: the model, the plan, the page and how links resolve.
struct PageContext {
  let model: ContentModel
  let plan: SitePlan
  let page: PlannedPage
  let resolver: LinkResolver
  /// What the resolve step parsed: the drawings come from it.
  let resolved: ResolvedSite
  /// One look-up index per festival, in model order.
  let indexes: [FestivalIndex]
  /// Drawings of earlier builds in the same preview session.
  var layouts: FlowchartLayoutCache? = nil
  /// The changes feed's commits, when the build lists them.
  var history: ContentHistory? = nil
  /// Large documents' blocks as earlier builds of the same preview session drew them.
  var documentBlocks: DocumentBlockCache? = nil
  /// The part of every page's inputs the whole site shares (links and anchors among it); nil without
  /// sources.
  var siteKey: String? = nil
  /// Component neighbourhoods laid out while the steps before the render ran.
  var drawingsAhead: DrawingsAhead? = nil

  func href(_ sitePath: String) -> String { RelativeURL.link(from: page.path, to: sitePath) }

  func festival(_ index: Int) -> FestivalContext {
    FestivalContext(
      festival: model.festivals[index], plan: plan.festivals[index], index: index, pagePath: page.path,
      lookup: indexes[index])
  }

  /// Breadcrumbs from the site index down to a festival, then `trail`.
  func crumbs(festival index: Int?, _ trail: [PageBody.Crumb]) -> [PageBody.Crumb] {
    var result = [PageBody.Crumb(title: "Festivals", href: href("index.html"))]
    if let index {
      result.append(
        PageBody.Crumb(title: model.festivals[index].name, href: href(plan.festivals[index].home)))
    }
    return result + trail
  }
}
