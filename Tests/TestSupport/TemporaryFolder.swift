import Foundation

/// A folder under the system's temporary directory, filled from a path -> text map, removed on `remove()`.
public struct TemporaryFolder {
  public let url: URL

  public init(files: [String: String] = [:]) throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("festdoc-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (path, text) in files { try write(text, to: path) }
  }

  public func write(_ text: String, to path: String) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  public func writeData(_ data: Data, to path: String) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
  }

  public func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

  /// A copy of the fixture folder `Tests/Fixtures/<fixture>` at `relative` inside this folder.
  @discardableResult
  public func copyFixture(_ fixture: String, to relative: String = "content") throws -> URL {
    let copy = url.appendingPathComponent(relative)
    try FileManager.default.copyItem(
      at: SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/" + fixture), to: copy)
    return copy
  }

  public func remove() { try? FileManager.default.removeItem(at: url) }
}
