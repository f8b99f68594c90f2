/// One entry of the sidebar: a link (or a heading when `path` is nil) with its children.
struct NavigationItem: Equatable {
  var title: String
  var path: String?
  var children: [NavigationItem] = []
  /// Children done in parallel (tasks sharing a number).
  var parallel = false

  /// `{"t":..,"u":..,"c":[..],"p":1}` with empty parts left out.
  var javaScript: String { javaScript(children: children.map(\.javaScript)) }

  /// The item with its children already written as script (`NavigationParts` writes some as stubs).
  func javaScript(children written: [String]) -> String {
    var parts = ["\"t\":" + JavaScriptLiteral.string(title)]
    if let path { parts.append("\"u\":" + JavaScriptLiteral.string(path)) }
    if !written.isEmpty { parts.append("\"c\":[" + written.joined(separator: ",") + "]") }
    if parallel { parts.append("\"p\":1") }
    return "{" + parts.joined(separator: ",") + "}"
  }
}
