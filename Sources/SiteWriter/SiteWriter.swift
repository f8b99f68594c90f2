import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The last stage: writes a whole site into a temporary sibling of the output folder and swaps it in,
/// so a failed or killed build leaves the previous site as it was. It writes nowhere else, and never
/// replaces a non-empty folder that lacks its marker file.
public enum SiteWriter {
  public static let marker = ".festdoc-site"

  /// `reusing` names files of the site now in `output` to carry into the new one unchanged: they are
  /// hard-linked, so they keep their bytes and modification times and cost no copy.
  public static func write(_ files: [SiteFile], reusing: [String] = [], to output: URL) throws {
    let staging = try SiteStaging(output: output)
    do {
      for file in files { try staging.add(file) }
    } catch {
      staging.abandon()
      if let error = error as? SiteWriteError { throw error }
      throw SiteWriteError.failed(error.localizedDescription)
    }
    try staging.finish(reusing: reusing)
  }

  /// Plain open/write/close: Foundation's `Data.write` fsyncs every file, which made writing a large
  /// site ten times slower. The staged swap already keeps a failed build from showing.
  static func writeFile(_ data: Data, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw SiteWriteError.failed("cannot create '\(path)': \(systemError())") }
    defer { close(descriptor) }
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw SiteWriteError.failed("cannot write '\(path)': \(systemError())")
        }
        offset += written
      }
    }
  }

  private static func systemError() -> String { String(cString: strerror(errno)) }

  /// The output may be missing, empty, or a site festdoc wrote (it has the marker).
  static func checkReplaceable(_ output: URL) throws {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard manager.fileExists(atPath: output.path, isDirectory: &isFolder) else { return }
    guard isFolder.boolValue else { throw SiteWriteError.notAFolder(output.path) }
    let entries = (try? manager.contentsOfDirectory(atPath: output.path)) ?? []
    if !entries.isEmpty && !entries.contains(marker) { throw SiteWriteError.notOurs(output.path) }
  }

  /// A site path may only name files below the staging folder.
  static func destination(of path: String, in folder: String) throws -> String {
    // One pass over the bytes: serve checks every kept page of a large site on each save.
    var segmentLength = 0
    var segmentDots = 0
    var safe = !path.isEmpty
    for byte in path.utf8 {
      if byte == UInt8(ascii: "/") {
        // An empty, `.` or `..` segment (a leading `/` is an empty one).
        if segmentLength == segmentDots && segmentLength <= 2 { safe = false }
        segmentLength = 0
        segmentDots = 0
        continue
      }
      if byte == UInt8(ascii: "\\") || byte == 0 { safe = false }
      segmentLength += 1
      if byte == UInt8(ascii: ".") { segmentDots += 1 }
    }
    if segmentLength == segmentDots && segmentLength <= 2 { safe = false }
    guard safe else { throw SiteWriteError.unsafePath(path) }
    return folder + "/" + path
  }

  static func swap(staging: URL, into output: URL, retired: URL, removal: RetiredSiteRemoval = .now) throws {
    let manager = FileManager.default
    let hadOutput = manager.fileExists(atPath: output.path)
    do {
      if hadOutput { try manager.moveItem(at: output, to: retired) }
    } catch {
      try? manager.removeItem(at: staging)
      throw SiteWriteError.failed("cannot move the previous site aside: \(error.localizedDescription)")
    }
    do {
      try manager.moveItem(at: staging, to: output)
    } catch {
      if hadOutput { try? manager.moveItem(at: retired, to: output) }
      try? manager.removeItem(at: staging)
      throw SiteWriteError.failed("cannot move the new site into place: \(error.localizedDescription)")
    }
    if hadOutput { remove(retired: retired.path, removal) }
  }

  /// Removes the previous site, the entries two levels down side by side (unlinking in different folders
  /// runs at once on ext4; a 4,000-page site took 50 ms on one thread), then what is left. Links are
  /// removed, never followed.
  static func removeRetired(_ folder: String) {
    var entries: [String] = []
    for entry in names(in: folder) {
      let path = folder + "/" + entry
      guard isFolder(path) else {
        entries.append(path)
        continue
      }
      entries += names(in: path).map { path + "/" + $0 }
    }
    let parts = entries
    DispatchQueue.concurrentPerform(iterations: parts.count) { index in
      _ = try? FileManager.default.removeItem(atPath: parts[index])
    }
    _ = try? FileManager.default.removeItem(atPath: folder)
  }

  /// A folder itself, not a link to one.
  private static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }

  private static func names(in folder: String) -> [String] {
    guard isFolder(folder) else { return [] }
    return entries(of: folder).filter { $0 != "." && $0 != ".." }.sorted()
  }

  /// Leftovers of killed builds: only folders named like ours that carry the marker, or are still empty
  /// (killed before the marker was written), are removed.
  static func removeStaleSiblings(parent: URL, name: String) {
    let manager = FileManager.default
    guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
    for entry in entries
    where entry.hasPrefix(".\(name).festdoc-new-") || entry.hasPrefix(".\(name).festdoc-old-") {
      let folder = parent.appendingPathComponent(entry)
      // Another build still running (its process id ends the name) keeps its folder.
      if let pid = Int32(entry.split(separator: "-").last ?? ""), pid != getpid(),
        kill(pid, 0) == 0 || errno == EPERM
      {
        continue
      }
      let empty = (try? manager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true
      if empty || manager.fileExists(atPath: folder.appendingPathComponent(marker).path) {
        try? manager.removeItem(at: folder)
      }
    }
  }
}
