import Diagnostics
import Foundation

/// The first stage: reads a content folder into an inventory of festivals and documents.
public enum ContentReader {
  public static func read(root: URL) throws -> ContentInventory {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) else {
      throw ContentReadError.missingFolder(root.path)
    }
    guard isFolder.boolValue else { throw ContentReadError.notAFolder(root.path) }
    var scanner = FolderScanner(root: root)
    scanner.scan()
    let siteConfig = scanner.files.first {
      !$0.path.contains("/") && ["festdoc.yml", "festdoc.yaml"].contains($0.name.lowercased())
    }
    let (festivals, loose) = ContentLayout.organize(scanner.files)
    var inventory = ContentInventory(
      festivals: festivals, looseDocuments: loose, siteConfig: siteConfig, diagnostics: scanner.diagnostics)
    inventory.staticFiles = scanner.staticFiles
    return inventory
  }
}
