/// Why a content folder could not be read at all (as opposed to a file in it, which is a diagnostic).
public enum ContentReadError: Error, Equatable, CustomStringConvertible {
  case missingFolder(String)
  case notAFolder(String)
  /// A `git:` side could not be read; git's own words.
  case git(String)

  public var description: String {
    switch self {
    case .missingFolder(let path): "content folder '\(path)' does not exist"
    case .notAFolder(let path): "'\(path)' is not a folder"
    case .git(let message): "git: \(message)"
    }
  }
}
