import FestivalModel
import SitePlan

extension SiteResolver {
  /// Every document's anchors by content path.
  static func anchors(model: ContentModel, plan: SitePlan, memo: ResolveCache?) -> [String: Set<String>] {
    var rowAnchors: [String: [Int: String]] = [:]
    for festival in plan.festivals {
      for (path, rows) in festival.rowAnchors where rowAnchors[path] == nil { rowAnchors[path] = rows }
    }
    var sets: [String: Set<String>] = [:]
    for document in model.festivals.flatMap(\.documents) + model.looseDocuments {
      // A path read twice keeps the anchors of its first document, as the page does.
      guard sets[document.path] == nil else { continue }
      let rows = rowAnchors[document.path]
      // The document first: an edited one differs where it was edited, while row anchors planned
      // again are equal tables of thousands of rows that compare to the end.
      if let known = memo?.anchors(of: document.path), known.document == document, known.rowAnchors == rows {
        sets[document.path] = known.anchors
        continue
      }
      let headings = MarkdownHTMLRenderer.headingAnchors(of: document.body)
      // An edit that leaves the headings and the rows' anchors as they were leaves the set as it was:
      // a large contract's set is tens of thousands of anchors to gather.
      if var known = memo?.anchors(of: document.path), known.headings == headings, known.rowAnchors == rows {
        sets[document.path] = known.anchors
        known.document = document
        memo?.keep(known, of: document.path)
        continue
      }
      var anchors = Set(headings)
      if let rows { anchors.formUnion(rows.values) }
      sets[document.path] = anchors
      memo?.keep(
        ResolveCache.Anchors(document: document, rowAnchors: rows, headings: headings, anchors: anchors),
        of: document.path)
    }
    return sets
  }
}
