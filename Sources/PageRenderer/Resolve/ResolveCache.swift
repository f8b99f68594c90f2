import FestivalModel
import Foundation
import SitePlan

/// The anchors and mermaid blocks a preview session's builds worked out, by document path: a save
/// changes one file, and its anchors and diagrams are the only ones worked out again.
public final class ResolveCache: @unchecked Sendable {
  typealias Parsed = [Int: (source: String, diagram: ResolvedDiagram)]

  /// A document's anchors, valid while the document and the rows the plan anchors in it are the same.
  struct Anchors {
    var document: Document
    var rowAnchors: [Int: String]?
    var anchors: Set<String>
    var fingerprint: String
  }

  private let lock = NSLock()
  private var documents: [String: Parsed] = [:]
  private var anchorSets: [String: Anchors] = [:]

  public init() {}

  /// The resolve step of a preview session.
  public func resolve(model: ContentModel, plan: SitePlan, jobs: Int, keyed: Bool = false) -> ResolvedSite {
    SiteResolver.resolve(model: model, plan: plan, jobs: jobs, keyed: keyed, memo: self)
  }

  func anchors(of path: String) -> Anchors? {
    lock.withLock { anchorSets[path] }
  }

  func keep(_ anchors: Anchors, of path: String) {
    lock.withLock { anchorSets[path] = anchors }
  }

  func parsed(_ path: String) -> Parsed {
    lock.withLock { documents[path] ?? [:] }
  }

  /// The latest build's blocks; documents it did not have are let go, with their anchors.
  func replace(with latest: [String: Parsed], documents present: Set<String>) {
    lock.withLock {
      documents = latest
      anchorSets = anchorSets.filter { present.contains($0.key) }
    }
  }
}
