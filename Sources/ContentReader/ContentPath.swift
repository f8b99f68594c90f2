/// Paths inside the content folder: relative, `/`-separated, never climbing above its root.
public enum ContentPath {
  /// The folder part of `path` ("" at the root).
  public static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
  }

  /// `relative` read from inside `folder`, with `.` and `..` resolved; a leading `/` starts at the
  /// content root. Nil when the result climbs above it.
  public static func join(folder: String, _ relative: String) -> String? {
    var parts = relative.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
    for part in relative.split(separator: "/") {
      switch part {
      case ".", "": continue
      case "..":
        if parts.isEmpty { return nil }
        parts.removeLast()
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }
}
