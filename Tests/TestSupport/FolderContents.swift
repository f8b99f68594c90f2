import Foundation

/// Every regular file below a folder, by path relative to it, with its bytes: a site to compare with
/// another, or a content folder to hand to the in-memory reader.
public enum FolderContents {
  public static func files(under root: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let base = root.standardizedFileURL.path
    let enumerator = FileManager.default.enumerator(atPath: base)
    while let relative = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isFolder)
      if !isFolder.boolValue {
        result[relative] = FileManager.default.contents(atPath: base + "/" + relative)
      }
    }
    return result
  }
}
