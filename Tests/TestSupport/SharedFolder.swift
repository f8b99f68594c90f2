import Foundation

/// The `../shared` folder beside the project, when this machine has it (CI does; a fresh clone may not).
public enum SharedFolder {
  public static var url: URL? {
    var folder = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { folder.deleteLastPathComponent() }  // TestSupport, Tests, project root
    let shared = folder.deletingLastPathComponent().appendingPathComponent("shared")
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: shared.path, isDirectory: &isDirectory), isDirectory.boolValue {
      return shared
    }
    return nil
  }

  /// The project root, for tests that read `Content/` or fixtures.
  public static var projectRoot: URL {
    var folder = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { folder.deleteLastPathComponent() }
    return folder
  }
}
