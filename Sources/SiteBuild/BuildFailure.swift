/// Why a build could not go on: the content folder or the theme is unusable. Findings about the content
/// itself are diagnostics, never failures.
public struct BuildFailure: Error, CustomStringConvertible, Sendable {
  public var description: String

  public init(_ description: String) {
    self.description = description
  }
}
