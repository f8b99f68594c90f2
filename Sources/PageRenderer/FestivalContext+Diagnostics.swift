import Diagnostics

extension FestivalContext {
  /// Whether a finding is about a file of this festival; one with no file counts only for a festival at
  /// the content root.
  func concerns(_ finding: Diagnostic) -> Bool {
    let prefix = festival.path.isEmpty ? "" : festival.path + "/"
    guard let file = finding.location?.file else { return prefix.isEmpty }
    return prefix.isEmpty || file.hasPrefix(prefix)
  }
}
