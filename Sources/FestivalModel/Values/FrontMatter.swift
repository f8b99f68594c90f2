import Diagnostics

/// The YAML front matter of a document: all blocks at its top merged, later keys winning.
public struct FrontMatter: Hashable, Sendable, Codable {
  public var entries: [YAMLEntry]
  /// How many `---` blocks the document opened with (two in a row happen in real festivals).
  public var blockCount: Int

  public init(entries: [YAMLEntry] = [], blockCount: Int = 0) {
    self.entries = entries
    self.blockCount = blockCount
  }

  public subscript(key: String) -> YAMLValue? {
    entries.last { $0.key == key }?.value
  }

  /// The first of `keys` with a non-empty text value.
  public func text(_ keys: String...) -> String? {
    for key in keys {
      if let text = self[key]?.stringValue?.trimmingSpaces(), !text.isEmpty {
        return text
      }
    }
    return nil
  }
}
