import Diagnostics

/// A row of Step 9's development standards or testing strategy: cells by their column header.
public struct GuidelineRow: Hashable, Sendable, Codable {
  public var name: String
  public var values: [String: String]
  public var location: SourceLocation
}
