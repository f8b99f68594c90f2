import Foundation

extension ContentFileCache {
  /// The read step of a preview session: files unchanged since this cache's last scan are not read again.
  public func read(root: URL) throws -> ContentInventory {
    try ContentReader.read(root: root, memo: self)
  }
}
