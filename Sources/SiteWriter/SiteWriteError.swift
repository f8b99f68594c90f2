/// Why a site could not be written; the previous site is untouched in every case.
public enum SiteWriteError: Error, Equatable, CustomStringConvertible {
  case notOurs(String)
  case notAFolder(String)
  case unsafePath(String)
  case failed(String)
  /// A file an incremental build meant to keep is gone from the previous site (someone removed it).
  case missingPrevious(String)

  public var description: String {
    switch self {
    case .notOurs(let path):
      "'\(path)' is a folder festdoc did not create (it has files but no \(SiteWriter.marker)); refusing to replace it"
    case .notAFolder(let path): "'\(path)' exists and is not a folder"
    case .unsafePath(let path): "refusing to write '\(path)' outside the output folder"
    case .failed(let reason): "could not write the site: \(reason)"
    case .missingPrevious(let path): "'\(path)' is missing from the previous site"
    }
  }
}
