import Foundation

/// A site or content path made safe to put after a base URL: each segment percent-encoded, `/` kept.
enum URLPath {
  static func encoded(_ path: String) -> String {
    path.split(separator: "/").map {
      String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "#"]))
        ?? String($0)
    }.joined(separator: "/")
  }
}
