import Diagnostics
import Foundation

/// Lists the text files festdoc reads under a content root, in a stable order, without following
/// anything out of the root and without reading what is not ours (hidden folders, swap files, binaries).
struct FolderScanner {
  let root: URL
  private(set) var decoder = ContentDecoder()
  private let resolvedRoot: String

  init(root: URL) {
    self.root = root
    self.resolvedRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
  }

  mutating func scan() {
    visit(folder: "")
  }

  private mutating func visit(folder relative: String) {
    let absolute = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else {
      decoder.warn("content.unreadable", "folder could not be read", at: relative)
      return
    }
    for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
      if ContentDecoder.isSkipped(name: name) { continue }
      let path = relative.isEmpty ? name : relative + "/" + name
      let full = root.appendingPathComponent(path).path
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: full) else { continue }
      let type = attributes[.type] as? FileAttributeType
      if type == .typeDirectory {
        visit(folder: path)
      } else if type == .typeRegular {
        if ContentDecoder.wants(path: path) { read(path: path, full: full) }
      } else if type == .typeSymbolicLink {
        followLink(path: path, full: full, name: name)
      }
    }
  }

  /// A link is read only when it points at a regular file inside the content root; linked folders are
  /// not walked, which also rules out cycles.
  private mutating func followLink(path: String, full: String, name: String) {
    let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().standardizedFileURL.path
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: target, isDirectory: &isFolder)
    if !target.hasPrefix(resolvedRoot + "/") || !exists {
      decoder.warn(
        "content.link-outside", "'\(name)' links outside the content folder and is not read", at: path)
    } else if isFolder.boolValue {
      decoder.note("content.linked-folder", "linked folder '\(name)' is not walked", at: path)
    } else if !path.hasPrefix(ContentDecoder.staticFolder + "/")
      && ContentDecoder.isReadable(name: name, atRoot: !path.contains("/"))
    {
      read(path: path, full: target)
    }
  }

  private mutating func read(path: String, full: String) {
    // The size is checked before reading so a huge file is never loaded.
    let size = (try? FileManager.default.attributesOfItem(atPath: full)[.size] as? Int) ?? 0
    if size > ContentDecoder.maximumFileSize {
      decoder.refuseTooLarge(path: path)
      return
    }
    guard let data = FileManager.default.contents(atPath: full) else {
      decoder.warn("content.unreadable", "file could not be read", at: path)
      return
    }
    decoder.accept(path: path, data: data)
  }
}
