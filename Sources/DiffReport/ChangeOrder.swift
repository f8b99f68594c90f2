import ContractDiff

/// The order reports list changes in: most severe first, then as the contract reads.
enum ChangeOrder {
  static func sorted(_ changes: [ContractChange]) -> [ContractChange] {
    changes.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(
      \.element)
  }

  /// The chain from an affected component to the changed one in words: `Web Portal depends on API
  /// Gateway, which calls Shipment Service over gRPC`.
  static func chain(_ impact: Impact) -> String {
    var out = impact.component
    for (index, step) in impact.path.enumerated() {
      if index > 0 { out += ", which" }
      switch step.link {
      case .dependency: out += " depends on \(step.dependency)"
      case .protocolPair: out += " calls \(step.dependency)" + (step.detail.map { " over \($0)" } ?? "")
      case .event: out += " subscribes to \(step.detail ?? "events") from \(step.dependency)"
      case .queue: out += " consumes \(step.dependency)"
      case .passesOn:
        out += " passes \(step.detail.map { "\($0) of " } ?? "")\(step.dependency) on"
      case .carries: out += " carries \(step.dependency)" + (step.detail.map { " in \($0)" } ?? "")
      case .authorization: out += step.detail.map { $0.hasPrefix("owns") ? " \($0)" : " acts as \($0)" } ?? ""
      case .calledBy: out += " is called by \(step.dependency)"
      }
      if let inferred = step.inferred { out += " (\(inferred))" }
    }
    return out
  }

  static func subject(_ change: ContractChange) -> String {
    change.subject.joined(separator: " › ")
  }

  static func mark(_ severity: ChangeSeverity) -> String {
    switch severity {
    case .breaking: "🔴"
    case .risky: "🟠"
    case .compatible: "🟢"
    }
  }
}
