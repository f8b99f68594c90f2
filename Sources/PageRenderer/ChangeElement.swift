import ContractDiff
import FestivalModel

/// The contract element a change is about, as the site names its pages: a component for its own
/// operations and fields, an endpoint for its parameters and responses; nil for what has no page of its
/// own (a protocol pair, a performance target, the document's status).
enum ChangeElement {
  static func element(of change: ContractChange) -> ElementID? {
    guard let first = change.subject.first else { return nil }
    func id(_ kind: ElementID.Kind, _ name: String) -> ElementID {
      ElementID(kind, key: TextFolding.fold(name))
    }
    switch change.kind {
    case .component, .dependency, .operation, .serviceInterface: return id(.component, first)
    case .field:
      return isRoute(first) ? id(.endpoint, first) : id(.component, first)
    case .endpoint, .parameter, .response:
      if isRoute(first) { return id(.endpoint, first) }
      return change.after.flatMap { isRoute($0) ? id(.endpoint, $0) : nil }
    case .externalSystem: return id(.externalSystem, first)
    case .entity: return id(.entity, first)
    case .event: return id(.event, first)
    case .queue: return id(.queue, first)
    case .authorization:
      guard change.subject.count > 1 else { return nil }
      let isRole = [.authorizationRoleAdded, .authorizationRoleRemoved].contains(change.rule)
      return id(isRole ? .role : .resource, change.subject[1])
    case .protocolPair, .performance, .scalability, .errorCode, .document, .signOff: return nil
    }
  }

  /// `GET /orders/{id}`: a method and a path.
  static func isRoute(_ text: String) -> Bool {
    let parts = text.split(separator: " ")
    return parts.count == 2 && parts[1].hasPrefix("/") && parts[0].allSatisfy(\.isLetter)
  }

  /// The festival of the current model whose contract a festival diff compares, by its contract's path.
  static func festival(of diff: FestivalDiff, in model: ContentModel) -> Int? {
    let paths = [diff.newPath, diff.oldPath].compactMap { $0 }
    return model.festivals.firstIndex { festival in
      festival.interfaces.map { paths.contains($0.path) } ?? false
    }
  }
}
