import Foundation

/// A file of the finished site: its site-relative path and bytes.
public struct RenderedFile: Hashable, Sendable {
  public var path: String
  public var data: Data

  public init(path: String, data: Data) {
    self.path = path
    self.data = data
  }
}
