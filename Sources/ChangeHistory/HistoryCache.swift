import ContractDiff
import Foundation

/// The diffs an earlier build worked out, by the content's tree ids before and after: the same two
/// trees always give the same diff, so a later build reads them instead of building both models again.
/// Kept in the site as `.festdoc/history`, holding only what the last build used.
public struct HistoryCache: Sendable {
  public static let path = ".festdoc/history"

  private var entries: [String: ContentDiff] = [:]
  private(set) var used: [String: ContentDiff] = [:]

  public init() {}

  public init(decoding data: Data) {
    entries = (try? JSONDecoder().decode([String: ContentDiff].self, from: data)) ?? [:]
  }

  /// The cached diff between two trees, marking it used.
  mutating func diff(from old: String, to new: String) -> ContentDiff? {
    guard let found = entries[old + " " + new] else { return nil }
    used[old + " " + new] = found
    return found
  }

  mutating func store(_ diff: ContentDiff, from old: String, to new: String) {
    entries[old + " " + new] = diff
    used[old + " " + new] = diff
  }

  /// What this build used, sorted, so an unchanged history writes the same bytes.
  public func encoded() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return (try? encoder.encode(used)) ?? Data()
  }
}
