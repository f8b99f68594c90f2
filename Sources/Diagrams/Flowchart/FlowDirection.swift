/// Which way a flowchart (or a subgraph) runs.
public enum FlowDirection: String, Hashable, Sendable, Codable, CaseIterable {
  case topToBottom = "TB"
  case bottomToTop = "BT"
  case rightToLeft = "RL"
  case leftToRight = "LR"

  /// `TD` is `TB`; mermaid also reads `>` `<` `^` `v`.
  public init?(mermaid text: String) {
    switch text {
    case "TB", "TD", "v": self = .topToBottom
    case "BT", "^": self = .bottomToTop
    case "RL", "<": self = .rightToLeft
    case "LR", ">": self = .leftToRight
    default: return nil
    }
  }
}
