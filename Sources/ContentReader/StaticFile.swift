import Foundation

/// A file of the content folder's `static/` folder (images, a logo), copied into the site as it is.
public struct StaticFile: Hashable, Sendable {
  /// Relative to the content root (`static/logo.svg`); the site keeps the same path.
  public var path: String
  public var data: Data

  public init(path: String, data: Data) {
    self.path = path
    self.data = data
  }
}
