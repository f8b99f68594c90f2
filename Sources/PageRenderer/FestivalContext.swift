import FestivalModel
import SitePlan

/// Links between the pages of one festival: every name that has a page becomes a link to it.
struct FestivalContext {
  let festival: Festival
  let plan: FestivalPlan
  let index: Int
  let pagePath: String
  let lookup: FestivalIndex

  var contract: InterfaceContract? { festival.interfaces }

  func href(_ sitePath: String) -> String { RelativeURL.link(from: pagePath, to: sitePath) }

  /// Component pages by folded name.
  var componentPages: [String: String] { lookup.componentPages }

  func componentIndex(named name: String) -> Int? { lookup.components[Fold.key(name)] }

  func systemIndex(named name: String) -> Int? { lookup.systems[Fold.key(name)] }

  func componentLink(_ name: String) -> String {
    guard let index = componentIndex(named: name), index < plan.components.count else {
      return HTML.text(name)
    }
    return HTML.link(href(plan.components[index]), name)
  }

  /// A resolved name as a link to its page; an unresolved one as text marked unknown.
  func link(_ reference: NameReference) -> String {
    guard let target = reference.target else {
      return
        "<span class=\"unknown-name\" title=\"names no component or external system\">\(HTML.text(reference.written))</span>"
    }
    switch target.kind {
    case .component:
      return componentLink(target.name)
    case .externalSystem:
      guard let index = systemIndex(named: target.name), index < plan.externalSystems.count else {
        return HTML.text(target.name)
      }
      return HTML.link(href(plan.externalSystems[index]), target.name)
    case .endpoint:
      guard let index = lookup.endpoints[Fold.key(target.name)], index < plan.endpoints.count else {
        return HTML.text(target.name)
      }
      return HTML.link(href(plan.endpoints[index]), target.name)
    case .operation:
      guard let anchor = operationAnchor(target.name), let interfaces = plan.interfaces else {
        return HTML.text(target.name)
      }
      return HTML.link(href(interfaces) + "#" + anchor, target.name)
    }
  }

  func operationAnchor(_ name: String) -> String? {
    let folded = Fold.key(name)
    for service in contract?.serviceInterfaces ?? [] {
      if let operation = service.operations.first(where: { Fold.key($0.name) == folded }) {
        return plan.rowAnchors[operation.location.line]
      }
    }
    return nil
  }

  /// A link to a row of the interface document.
  func rowLink(line: Int, label: String) -> String {
    guard let interfaces = plan.interfaces, let anchor = plan.rowAnchors[line] else {
      return HTML.text(label)
    }
    return HTML.link(href(interfaces) + "#" + anchor, label)
  }

  func pageLink(_ paths: [String], _ index: Int, _ label: String) -> String {
    index < paths.count ? HTML.link(href(paths[index]), label) : HTML.text(label)
  }
}
