import Diagnostics
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Lists the text files festdoc reads under a content root, in a stable order, without following
/// anything out of the root and without reading what is not ours (hidden folders, swap files, binaries).
struct FolderScanner {
  let root: URL
  private(set) var decoder = ContentDecoder()
  private let resolvedRoot: String
  private let cache: ContentFileCache?

  private let rootPath: String

  init(root: URL, cache: ContentFileCache? = nil) {
    self.root = root
    self.cache = cache
    self.resolvedRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
    var path = root.path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    rootPath = path
  }

  /// The names in a folder other than `.` and `..`, by `readdir`: Foundation's listing cost more than
  /// the rest of a preview's scan. Nil when the folder cannot be read.
  static func names(in folder: String) -> [String]? {
    guard let stream = opendir(folder) else { return nil }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Whether festdoc reads the file at `path`, remembered across a preview's scans: the answer never
  /// changes for a path, and working it out for every file showed in each rebuild.
  private func wants(_ path: String) -> Bool {
    cache?.wants(path) ?? ContentDecoder.wants(path: path)
  }

  mutating func scan() {
    visit(folder: "")
    cache?.endScan()
  }

  private mutating func visit(folder relative: String) {
    let absolute = relative.isEmpty ? rootPath : rootPath + "/" + relative
    guard let names = Self.names(in: absolute) else {
      decoder.warn(.contentUnreadable, "folder could not be read", at: relative)
      return
    }
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      if ContentDecoder.isSkipped(name: name) { continue }
      let path = relative.isEmpty ? name : relative + "/" + name
      let full = absolute + "/" + name
      // lstat, not FileManager's attributes: those look up owner names, a tenth of a large scan.
      var status = stat()
      guard lstat(full, &status) == 0 else { continue }
      switch status.st_mode & S_IFMT {
      case S_IFDIR: visit(folder: path)
      case S_IFREG: if wants(path) { read(path: path, full: full, status: status) }
      case S_IFLNK: followLink(path: path, full: full, name: name)
      default: continue
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
        .contentLinkOutside, "'\(name)' links outside the content folder and is not read", at: path)
    } else if isFolder.boolValue {
      decoder.note(.contentLinkedFolder, "linked folder '\(name)' is not walked", at: path)
    } else if !path.hasPrefix(ContentDecoder.staticFolder + "/")
      && ContentDecoder.wants(path: path)
    {
      var status = stat()
      if stat(target, &status) == 0 { read(path: path, full: target, status: status) }
    }
  }

  private mutating func read(path: String, full: String, status: stat) {
    // The size is checked before reading so a huge file is never loaded.
    if Int(status.st_size) > ContentDecoder.maximumFileSize {
      decoder.refuseTooLarge(path: path)
      return
    }
    let stamp = ContentFileCache.Stamp(status)
    if let data = cache?.data(at: path, stamp: stamp) {
      decoder.accept(path: path, data: data)
      return
    }
    guard let data = FileManager.default.contents(atPath: full) else {
      decoder.warn(.contentUnreadable, "file could not be read", at: path)
      return
    }
    cache?.store(data, at: path, stamp: stamp)
    decoder.accept(path: path, data: data)
  }
}
