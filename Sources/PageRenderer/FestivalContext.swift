import Diagnostics
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

  func componentLink(_ name: String) -> Markup {
    guard let index = componentIndex(named: name), let page = page(.component, index) else {
      return HTML.text(name)
    }
    return HTML.link(href(page), name)
  }

  /// A resolved name as a link to its page; an unresolved one as text marked unknown.
  func link(_ reference: NameReference) -> Markup {
    guard let target = reference.target else {
      return
        "<span class=\"unknown-name\" title=\"names no component or external system\">\(HTML.text(reference.written))</span>"
    }
    switch target.kind {
    case .component:
      return componentLink(target.name)
    case .externalSystem:
      guard let index = systemIndex(named: target.name), let page = page(.externalSystem, index) else {
        return HTML.text(target.name)
      }
      return HTML.link(href(page), target.name)
    case .endpoint:
      guard let index = lookup.endpoints[Fold.key(target.name)], let page = page(.endpoint, index) else {
        return HTML.text(target.name)
      }
      return HTML.link(href(page), target.name)
    case .operation:
      guard let location = operationLocation(target.name) else { return HTML.text(target.name) }
      return rowLink(location, label: target.name)
    }
  }

  /// Where the operation of that name is defined.
  func operationLocation(_ name: String) -> SourceLocation? {
    let folded = Fold.key(name)
    for service in contract?.serviceInterfaces ?? [] {
      if let operation = service.operations.first(where: { Fold.key($0.name) == folded }) {
        return operation.location
      }
    }
    return nil
  }

  /// A link to a row of the interface document.
  /// A link to the place `location` names: the page of its document, at the element's anchor there.
  func rowLink(_ location: SourceLocation, label: String) -> Markup {
    guard let page = plan.documents[location.file] ?? plan.interfaces else { return HTML.text(label) }
    let anchor = plan.anchor(location.file, location.line).map { "#" + $0 } ?? ""
    return HTML.link(href(page) + anchor, label)
  }

  /// The page of the element of `kind` at `position` of the contract's table, found by its identity.
  func page(_ kind: ElementID.Kind, _ position: Int) -> String? {
    plan.page(of: contract?.elements.id(kind, at: position))
  }

  /// A link to the page of the element of `kind` at `position`; its label alone when it has none.
  func pageLink(_ kind: ElementID.Kind, _ position: Int, _ label: String) -> Markup {
    page(kind, position).map { HTML.link(href($0), label) } ?? HTML.text(label)
  }
}
