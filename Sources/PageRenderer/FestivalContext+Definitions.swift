import Diagnostics
import FestivalModel
import SitePlan

/// "Defined": every place an element is written, linked to the line, with the task that writes it and
/// that task's status as fest reports it.
extension FestivalContext {
  /// The element's places of definition; `label` names a place in the interface document, as before.
  func definedIn(_ kind: ElementID.Kind, _ position: Int, at location: SourceLocation, label: String)
    -> Markup
  {
    let id = contract?.elements.id(kind, at: position)
    let sites = id.flatMap { contract?.sites(of: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? [location]
    let links = sites.map { site(of: $0, label: label) }
    return links.count == 1 ? links[0] : HTML.list(links)
  }

  /// A content path as the festival's author writes it: from the festival's folder, when inside it.
  func relativePath(_ path: String) -> String {
    let root = festival.path
    return root.isEmpty || !path.hasPrefix(root + "/") ? path : String(path.dropFirst(root.count + 1))
  }

  /// One place: the interface document's row, or `file:line` with the task that holds it.
  func site(of location: SourceLocation, label: String) -> Markup {
    if location.file == contract?.path, plan.interfaces != nil { return rowLink(location, label: label) }
    var html = rowLink(location, label: "\(relativePath(location.file)):\(location.line)")
    if let task = festival.task(at: location.file) {
      html += " · task " + HTML.text(task.title) + " " + FestStateView.taskBadge(task)
    }
    return html
  }
}
