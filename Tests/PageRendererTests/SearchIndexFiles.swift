import Foundation
import Testing

@testable import PageRenderer

/// A built site's search index read back as festdoc.js reads it: the map, every shard's records and
/// every chunk's titles and paths.
struct SearchIndexFiles {
  var entries = 0
  var chunk = 0
  /// Kind and first entry id.
  var kinds: [(String, Int)] = []
  var firstKeys: [String] = []
  /// Shard by shard, in file order.
  var shards: [[[String]]] = []
  /// `[title, path]` by entry id.
  var docs: [[String]] = []

  init(_ files: [String: String]) throws {
    let map = try #require(Self.payload(files["search/map.js"], name: "map") as? [String: Any])
    entries = try #require(map["entries"] as? Int)
    chunk = try #require(map["chunk"] as? Int)
    kinds = try #require(map["kinds"] as? [[Any]]).map { ($0[0] as! String, $0[1] as! Int) }
    firstKeys = try #require(map["shards"] as? [String])
    for number in firstKeys.indices {
      let name = "s\(number)"
      shards.append(try #require(Self.payload(files["search/\(name).js"], name: name) as? [[String]]))
    }
    for number in 0..<(entries + chunk - 1) / max(1, chunk) {
      let name = "d\(number)"
      docs += try #require(Self.payload(files["search/\(name).js"], name: name) as? [[String]])
    }
  }

  /// The JSON inside `festdocSearch("<name>",` ... `);`.
  static func payload(_ script: String?, name: String) throws -> Any {
    let script = try #require(script, "search/\(name).js")
    let head = "festdocSearch(\"\(name)\","
    #expect(script.hasPrefix(head) && script.hasSuffix(");\n"))
    let json = script.dropFirst(head.count).dropLast(3)
    return try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
  }

  /// The record of `key`: the key, then its strong, weak and name lists (empty ones at the end left out).
  func record(_ key: String) -> [String]? {
    for shard in shards { if let found = shard.first(where: { $0[0] == key }) { return found } }
    return nil
  }

  /// Titles of the entries in a list of `key`'s record (1 strong, 2 weak, 3 names).
  func titles(_ key: String, list: Int) -> [String] {
    guard let record = record(key), list < record.count else { return [] }
    return SearchPostings.decode(record[list]).map { docs[Int($0)][0] }
  }

  /// The kind of entry `id`.
  func kind(of id: Int) -> String {
    kinds.last { $0.1 <= id }?.0 ?? ""
  }
}
