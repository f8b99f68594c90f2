import FestivalModel

/// Statuses as badges that read in text and colour alike; unknown statuses show as written.
enum StatusBadge {
  static func work(_ status: WorkStatus?) -> Markup {
    guard let status else { return "" }
    guard let known = status.known else { return HTML.badge(status.written, kind: "unknown") }
    return HTML.badge(known.rawValue.replacingOccurrences(of: "_", with: " "), kind: known.rawValue)
  }

  /// A festival's status, its title saying what decided it (the lifecycle folder, fest's records).
  static func festival(_ festival: Festival) -> Markup {
    guard let status = festival.status else { return "" }
    let badge = work(status)
    let source: String? =
      switch festival.statusSource {
      case .lifecycleFolder: festival.lifecycle.map { "its folder, \($0)/" }
      case .statusHistory: "the last move in .fest/status_history.json"
      case .festYAML: "the last entry of fest.yaml's status history"
      case .frontMatter: "front matter"
      default: nil
      }
    guard let source else { return badge }
    return badge + " <span class=\"muted\">from \(HTML.text(source))</span>"
  }

  static func known(_ status: KnownStatus) -> Markup {
    HTML.badge(status.rawValue.replacingOccurrences(of: "_", with: " "), kind: status.rawValue)
  }

  static func interface(_ contract: InterfaceContract) -> Markup {
    if let status = contract.status {
      return HTML.badge(
        status.rawValue.replacingOccurrences(of: "_", with: " "), kind: status.rawValue.lowercased())
    }
    if let written = contract.statusWritten { return HTML.badge(written, kind: "unknown") }
    return HTML.badge("status not set", kind: "unknown")
  }
}
