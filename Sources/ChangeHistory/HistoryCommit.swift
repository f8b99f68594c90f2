import ContractDiff

/// One commit that touched the content: who made it, when, what it says, and the contract changes it
/// made (its first parent's content against its own).
public struct HistoryCommit: Hashable, Sendable, Codable {
  public var id: String
  public var shortID: String
  public var author: String
  /// The author date as git writes it (ISO 8601, with the author's offset).
  public var date: String
  public var message: String
  public var diff: ContentDiff
}
