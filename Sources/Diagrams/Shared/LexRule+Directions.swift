extension LexRule {
  /// Mermaid's `.*direction\s+TB[^\n]*` rules, one per direction: a line holding `direction LR`
  /// anywhere is a direction statement, token `direction_lr`. Each carries its guard, so a long line
  /// is searched for it once.
  static func directions(in states: [String] = [], caseInsensitive: Bool = true) -> [LexRule] {
    ["TB", "BT", "RL", "LR"].map { direction in
      LexRule(
        states, #".*direction\s+"# + direction + #"[^\n]*"#, .token("direction_" + direction.lowercased()),
        caseInsensitive: caseInsensitive, lineGuard: #"direction\s+"# + direction)
    }
  }
}
