import FestivalModel

/// Statuses as badges that read in text and colour alike; unknown statuses show as written.
enum StatusBadge {
  static func work(_ status: WorkStatus?) -> String {
    guard let status else { return "" }
    guard let known = status.known else { return HTML.badge(status.written, kind: "unknown") }
    return HTML.badge(known.rawValue.replacingOccurrences(of: "_", with: " "), kind: known.rawValue)
  }

  static func known(_ status: KnownStatus) -> String {
    HTML.badge(status.rawValue.replacingOccurrences(of: "_", with: " "), kind: status.rawValue)
  }

  static func interface(_ contract: InterfaceContract) -> String {
    if let status = contract.status {
      return HTML.badge(
        status.rawValue.replacingOccurrences(of: "_", with: " "), kind: status.rawValue.lowercased())
    }
    if let written = contract.statusWritten { return HTML.badge(written, kind: "unknown") }
    return HTML.badge("status not set", kind: "unknown")
  }
}
