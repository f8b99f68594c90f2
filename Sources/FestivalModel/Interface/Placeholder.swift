import Diagnostics

/// Unfilled template text: a `[Component Name]` row, `[REPLACE: ...]`, `{{ ... }}`, `___________`.
public struct Placeholder: Hashable, Sendable, Codable {
  public var text: String
  /// True for a whole table row of bracketed template cells, which festdoc skips.
  public var isTemplateRow: Bool
  public var location: SourceLocation
}
