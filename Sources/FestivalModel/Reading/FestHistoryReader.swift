import ContentReader
import Diagnostics
import Foundation

/// A festival's recorded status moves: `metadata.status_history` of fest.yaml and `.fest/status_history.json`.
enum FestHistoryReader {
  static func read(_ file: ContentFile) -> ([StatusChange], [Diagnostic]) {
    guard let data = file.text.data(using: .utf8),
      let list = (try? JSONSerialization.jsonObject(with: data)) as? [Any]
    else {
      let finding = FestEventLogReader.warning(
        .festHistoryMalformed, "status history is not a JSON array of moves; it is not shown", file, 1)
      return ([], [finding])
    }
    let changes = list.compactMap { item -> StatusChange? in
      guard let move = item as? [String: Any], let to = move["to_status"] as? String else { return nil }
      return StatusChange(
        timestamp: move["timestamp"] as? String, from: move["from_status"] as? String, to: to,
        record: .statusHistory)
    }
    return (changes, [])
  }

  /// `metadata.status_history` entries of fest.yaml, in the order written.
  static func changes(inConfig config: YAMLValue?) -> [StatusChange] {
    guard case .list(let items)? = config?.value(at: ["metadata", "status_history"]) else { return [] }
    return items.compactMap { item in
      guard let status = item.value(at: ["status"])?.stringValue, !status.isEmpty else { return nil }
      return StatusChange(
        timestamp: item.value(at: ["timestamp"])?.stringValue, to: status,
        path: item.value(at: ["path"])?.stringValue, notes: item.value(at: ["notes"])?.stringValue,
        record: .festYAML)
    }
  }

  /// Both records in one list, oldest first by time (entries without a readable time keep their place
  /// at the end); the records keep their own order between equal times.
  static func merged(_ yaml: [StatusChange], _ history: [StatusChange]) -> [StatusChange] {
    let all = yaml + history
    return all.indices.sorted { lhs, rhs in
      let left = FestTimestamp.seconds(all[lhs].timestamp) ?? .infinity
      let right = FestTimestamp.seconds(all[rhs].timestamp) ?? .infinity
      return left != right ? left < right : lhs < rhs
    }.map { all[$0] }
  }
}
