import FestivalModel
import Foundation
import MarkupSafety
import SitePlan

/// Where a page comes from in the content folder, for "view source" links.
enum PageSource {
  static func location(of kind: PageKind, context: PageContext) -> (path: String, line: Int)? {
    let festivals = context.model.festivals
    func contract(_ festival: Int) -> InterfaceContract? { festivals[festival].interfaces }
    switch kind {
    case .siteIndex, .notFound, .nameIndex, .diagnostics, .systemGroup: return nil
    case .festivalHome(let festival):
      let path = festivals[festival].documents.first { $0.kind == .overview }?.path
      return path.map { ($0, 1) }
    case .interfaces(let festival), .review(let festival):
      return contract(festival).map { ($0.path, 1) }
    case .authorization(let festival), .role(let festival, _):
      return contract(festival).flatMap { c in c.authorization.map { (c.path, $0.location.line) } }
    case .resource(let festival, let index):
      return contract(festival).flatMap { c in c.authorization.map { (c.path, $0.rows[index].location.line) }
      }
    case .component(let festival, let index):
      return contract(festival).map { ($0.path, $0.components[index].location.line) }
    case .endpoint(let festival, let index):
      return contract(festival).map { ($0.path, $0.endpoints[index].location.line) }
    case .entity(let festival, let index):
      return contract(festival).map { ($0.path, $0.entities[index].location.line) }
    case .event(let festival, let index):
      return contract(festival).map { ($0.path, $0.events[index].location.line) }
    case .queue(let festival, let index):
      return contract(festival).map { ($0.path, $0.queues[index].location.line) }
    case .externalSystem(let festival, let index):
      return contract(festival).map { ($0.path, $0.externalSystems[index].location.line) }
    case .document(_, let path): return (path, 1)
    }
  }

  /// The pattern with `{path}` and `{line}` filled in; a pattern without `{path}` gets the path appended.
  /// Only http(s) patterns make links.
  static func link(pattern: String, path: String, line: Int) -> String? {
    guard URLSafety.classify(pattern) == .external, !pattern.lowercased().hasPrefix("mailto:") else {
      return nil
    }
    let encoded = URLPath.encoded(path)
    if pattern.contains("{path}") {
      return pattern.replacingOccurrences(of: "{path}", with: encoded)
        .replacingOccurrences(of: "{line}", with: String(line))
    }
    return (pattern.hasSuffix("/") ? pattern : pattern + "/") + encoded
  }
}
