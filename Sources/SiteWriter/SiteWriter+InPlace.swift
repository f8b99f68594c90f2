import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension SiteWriter {
  /// Changes a site festdoc wrote where it is, for a preview that rewrites a few pages on every save:
  /// `removing` goes first, then each file is written beside its target and renamed over it, so a
  /// reader sees the old file or the new one, never half of one.
  ///
  /// Unlike `write`, a kill part way leaves a mix of old and new pages: callers remove what records
  /// the site's state first (see `RenderRecord`) and write it again last.
  public static func update(_ files: [SiteFile], removing: [String] = [], in output: URL) throws {
    let root = output.standardizedFileURL.path
    guard FileManager.default.fileExists(atPath: root + "/" + marker) else {
      throw SiteWriteError.failed("'\(root)' is not a site festdoc wrote")
    }
    for path in removing {
      let target = try destination(of: path, in: root)
      if unlink(target) != 0 && errno != ENOENT {
        throw SiteWriteError.failed("cannot remove '\(path)': \(String(cString: strerror(errno)))")
      }
    }
    var created: Set<String> = []
    for file in files {
      let target = try destination(of: file.path, in: root)
      let slash = target.lastIndex(of: "/")!
      let folder = String(target[..<slash])
      if created.insert(folder).inserted {
        try refuseLinks(on: folder, below: root)
        do {
          try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
          throw SiteWriteError.failed("cannot create '\(folder)': \(error.localizedDescription)")
        }
      }
      // A dot-name in the same folder: the rename stays on one file system, and the server never
      // serves dot-files.
      let staged = folder + "/." + target[target.index(after: slash)...] + ".festdoc-new"
      try writeFile(file.data, to: staged)
      guard rename(staged, target) == 0 else {
        let reason = String(cString: strerror(errno))
        unlink(staged)
        throw SiteWriteError.failed("cannot replace '\(file.path)': \(reason)")
      }
    }
  }

  /// Which of `paths` the site in `output` lacks, in their order: a preview keeps most pages of the
  /// build before and asks after each update whether someone removed one of them.
  public static func missing(_ paths: [String], in output: URL) throws -> [String] {
    let root = output.standardizedFileURL.path
    // Folder by folder: reading a folder's names once cost far less than a look-up per file.
    var folders: [String: Set<String>] = [:]
    var missing: [String] = []
    for path in paths {
      let target = try destination(of: path, in: root).utf8
      let slash = target.lastIndex(of: UInt8(ascii: "/"))!
      let folder = String(Substring(target[..<slash]))
      let name = String(Substring(target[target.index(after: slash)...]))
      if folders[folder] == nil { folders[folder] = entries(of: folder) }
      if !folders[folder]!.contains(name) { missing.append(path) }
    }
    return missing
  }

  /// The names in a folder (none when it cannot be read).
  static func entries(of folder: String) -> Set<String> {
    guard let stream = opendir(folder) else { return [] }
    defer { closedir(stream) }
    var names: Set<String> = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      names.insert(name)
    }
    return names
  }

  /// The folders between the site and a file must be folders: a link put among them would lead the
  /// write out of the site. (A fresh `write` makes every folder itself, so only here can one be met.)
  static func refuseLinks(on folder: String, below root: String) throws {
    guard let link = firstLink(on: folder, below: root) else { return }
    throw SiteWriteError.failed("'\(link)' is a link; refusing to write through it")
  }
}
