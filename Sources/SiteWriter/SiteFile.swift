import Foundation

/// A file to write: its path inside the site (`/`-separated, relative) and its bytes.
public struct SiteFile: Sendable {
  public var path: String
  public var data: Data

  public init(path: String, data: Data) {
    self.path = path
    self.data = data
  }
}
