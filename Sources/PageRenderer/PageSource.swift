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
    case .siteIndex, .notFound, .changes, .nameIndex, .diagnostics, .systemGroup: return nil
    case .festivalHome(let festival):
      let path = festivals[festival].documents.first { $0.kind == .overview }?.path
      return path.map { ($0, 1) }
    case .interfaces(let festival), .review(let festival), .entities(let festival):
      return contract(festival).map { ($0.path, 1) }
    case .authorization(let festival), .role(let festival, _):
      return contract(festival).flatMap { c in c.authorization.map { (c.path, $0.location.line) } }
    case .component(let festival, let element), .endpoint(let festival, let element),
      .entity(let festival, let element), .event(let festival, let element),
      .queue(let festival, let element),
      .externalSystem(let festival, let element), .resource(let festival, let element):
      return contract(festival).flatMap { contract in
        line(of: element, in: contract).map { (contract.path, $0) }
      }
    case .document(_, let path): return (path, 1)
    }
  }

  /// The line an element is written on in its contract.
  private static func line(of element: ElementID, in contract: InterfaceContract) -> Int? {
    guard let position = contract.elements.position(of: element) else { return nil }
    switch element.kind {
    case .component: return contract.components[position].location.line
    case .endpoint: return contract.endpoints[position].location.line
    case .entity: return contract.entities[position].location.line
    case .event: return contract.events[position].location.line
    case .queue: return contract.queues[position].location.line
    case .externalSystem: return contract.externalSystems[position].location.line
    case .resource: return contract.authorization?.rows[position].location.line
    case .role: return contract.authorization?.location.line
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
