import Diagnostics
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
    /// The headings' anchors in document order: an edit in a table leaves them as they were.
    var headings: [String]
    var anchors: Set<String>
  }

  /// What walking a document's links and diagrams found, valid for the same document on the same page
  /// while the plan, the anchors and the static files are as they were.
  struct Walked {
    var document: Document
    var page: String
    var diagnostics: [Diagnostic]
    var diagrams: [Int: ResolvedDiagram]
    var anchorTargets: Set<AnchorTarget>
  }

  /// What links resolve against: the plan, every document's anchors, the static files.
  struct Targets: Equatable {
    var plan: SitePlan
    var anchors: [String: Set<String>]
    var files: Set<String>
  }

  private let lock = NSLock()
  private var documents: [String: Parsed] = [:]
  private var anchorSets: [String: Anchors] = [:]
  private var walks: [String: Walked] = [:]
  private var targets: Targets?

  public init() {}

  /// The resolve step of a preview session.
  public func resolve(model: ContentModel, plan: SitePlan, jobs: Int) -> ResolvedSite {
    SiteResolver.resolve(model: model, plan: plan, jobs: jobs, memo: self)
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

  /// Whether links resolve against the same targets as in the build before; remembers these.
  func sameTargets(_ latest: Targets) -> Bool {
    lock.withLock {
      defer { targets = latest }
      return targets == latest
    }
  }

  /// The walk the build before made of this document on this page, if it made one.
  func walked(_ document: Document, page: String) -> Walked? {
    lock.withLock {
      guard let kept = walks[document.path], kept.page == page, kept.document == document else { return nil }
      return kept
    }
  }

  /// The latest build's blocks and walks; documents it did not have are let go, with their anchors.
  func replace(with latest: [String: Parsed], walks made: [String: Walked], documents present: Set<String>) {
    lock.withLock {
      documents = latest
      walks = made
      anchorSets = anchorSets.filter { present.contains($0.key) }
    }
  }
}
