/// Decides which link targets may become `href`s, in pages and drawings alike: relative paths,
/// `#anchors`, http(s) and mailto. `javascript:`, `vbscript:`, `data:`, `file:`, every other scheme and
/// scheme-relative targets (`//host`, `\\host`) are refused, however spelled.
public enum URLSafety {
  public enum Kind: Equatable, Sendable {
    case relative
    case fragment
    case external
    case refused
  }

  public static func classify(_ destination: String) -> Kind {
    // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`).
    let cleaned = String(destination.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
    if cleaned.isEmpty { return .refused }
    if cleaned.hasPrefix("#") { return .fragment }
    // `//host`, and a backslash anywhere browsers read it as a slash: leaving the site.
    if cleaned.hasPrefix("//") || cleaned.hasPrefix("\\") || cleaned.hasPrefix("/\\") { return .refused }
    let lower = cleaned.lowercased()
    if let colon = lower.firstIndex(of: ":") {
      let beforeColon = lower[..<colon]
      let isScheme = !beforeColon.contains("/") && !beforeColon.contains("?") && !beforeColon.contains("#")
      if isScheme {
        return ["http", "https", "mailto"].contains(String(beforeColon)) ? .external : .refused
      }
    }
    return .relative
  }

  /// `destination` as an `href`, or nil when it may not become one.
  public static func href(_ destination: String) -> String? {
    classify(destination) == .refused ? nil : destination
  }
}
