import Diagnostics
import Foundation

/// The first stage: reads a content folder into an inventory of festivals and documents.
public enum ContentReader {
  public static func read(root: URL) throws -> ContentInventory {
    try read(root: root, memo: nil)
  }

  /// With a `memo`, files unchanged since its last scan are not read again.
  static func read(root: URL, memo: ContentFileCache?) throws -> ContentInventory {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) else {
      throw ContentReadError.missingFolder(root.path)
    }
    guard isFolder.boolValue else { throw ContentReadError.notAFolder(root.path) }
    var scanner = FolderScanner(root: root, cache: memo)
    scanner.scan()
    let components = root.standardizedFileURL.pathComponents.filter { $0 != "/" }
    return inventory(of: scanner.decoder, rootComponents: components)
  }

  /// The same stage over files already in memory (a git revision's tree): `files` maps paths relative to
  /// the content root to their bytes; what a folder scan would skip is skipped here too. `tooLarge` names
  /// files left unread for their size.
  public static func read(files: [String: Data], tooLarge: [String] = [], rootComponents: [String] = [])
    -> ContentInventory
  {
    var decoder = ContentDecoder()
    for path in tooLarge.sorted() { decoder.refuseTooLarge(path: path) }
    // Folder by folder, as a scan walks them, so both readers list files in one order.
    let ordered = files.keys.sorted {
      $0.split(separator: "/").lexicographicallyPrecedes($1.split(separator: "/")) {
        Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
      }
    }
    for path in ordered where ContentDecoder.wants(path: path) {
      decoder.accept(path: path, data: files[path]!)
    }
    return inventory(of: decoder, rootComponents: rootComponents)
  }

  private static func inventory(of decoder: ContentDecoder, rootComponents: [String]) -> ContentInventory {
    let siteConfig = decoder.files.first {
      !$0.path.contains("/") && ["festdoc.yml", "festdoc.yaml"].contains($0.name.lowercased())
    }
    let (festivals, loose) = ContentLayout.organize(decoder.files, rootComponents: rootComponents)
    var inventory = ContentInventory(
      festivals: festivals, looseDocuments: loose, siteConfig: siteConfig, diagnostics: decoder.diagnostics)
    inventory.rootName = ContentInventory.siteName(of: rootComponents)
    inventory.staticFiles = decoder.staticFiles
    inventory.referencedFiles = decoder.referencedDataFiles()
    return inventory
  }
}
