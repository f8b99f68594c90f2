/// A text file read from the content folder; `path` is relative to the content root with `/` separators.
public struct ContentFile: Hashable, Sendable {
  public var path: String
  public var text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }

  /// The file name without its folder.
  public var name: String { path.split(separator: "/").last.map(String.init) ?? path }

  /// The file name without `.md` / `.markdown`.
  public var baseName: String {
    for suffix in [".markdown", ".md"] where name.lowercased().hasSuffix(suffix) {
      return String(name.dropLast(suffix.count))
    }
    return name
  }
}
