import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A site being written into a hidden sibling of its output folder, then swapped in whole: files may be
/// added from several threads as they are rendered, so the site is never held in memory at once. Until
/// `finish`, the output folder is as it was; `abandon` removes what was written.
public final class SiteStaging: @unchecked Sendable {
  let output: URL
  let folder: URL
  private let retired: URL
  private let lock = NSLock()
  /// Folders made so far: creating each once matters, as Foundation's recursive create stats every
  /// ancestor.
  private var created: Set<String>
  /// The site now in the output folder, when festdoc wrote it, and which of its folders may be read
  /// for files to keep (none reached through a link).
  private let previous: String?
  private var previousFolders: [String: Bool] = [:]
  private var closed = false

  /// Checks that `output` may be replaced and makes the staging folder beside it with the marker.
  public init(output: URL) throws {
    let output = output.standardizedFileURL
    self.output = output
    let manager = FileManager.default
    let parent = output.deletingLastPathComponent()
    let name = output.lastPathComponent
    try SiteWriter.checkReplaceable(output)
    do {
      try manager.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw SiteWriteError.failed("cannot create '\(parent.path)': \(error.localizedDescription)")
    }
    SiteWriter.removeStaleSiblings(parent: parent, name: name)
    let pid = ProcessInfo.processInfo.processIdentifier
    folder = parent.appendingPathComponent(".\(name).festdoc-new-\(pid)")
    retired = parent.appendingPathComponent(".\(name).festdoc-old-\(pid)")
    created = [folder.path]
    let hasPreviousSite = manager.fileExists(atPath: output.appendingPathComponent(SiteWriter.marker).path)
    previous = hasPreviousSite ? output.path : nil
    try? manager.removeItem(at: folder)
    do {
      try manager.createDirectory(at: folder, withIntermediateDirectories: false)
      try Data("festdoc\n".utf8).write(to: folder.appendingPathComponent(SiteWriter.marker))
    } catch {
      try? manager.removeItem(at: folder)
      throw SiteWriteError.failed(error.localizedDescription)
    }
  }

  /// A file inside the staging folder that no site file takes (pages are named by slugs, and the content
  /// reader skips hidden files), for work removed before `finish`; `abandon` removes it with the rest.
  public var scratchFile: URL { folder.appendingPathComponent(".festdoc-scratch") }

  /// Writes one file of the new site (any thread). A file the previous site holds with the same bytes is
  /// hard-linked instead: it keeps its modification time, so a deploy that compares times uploads only
  /// what changed, and where making a file costs much more than reading one (ext4 without a journal
  /// searches past every inode freed in the last half minute) a rebuild is several times faster.
  public func add(_ file: SiteFile) throws {
    let target = try SiteWriter.destination(of: file.path, in: folder.path)
    try prepare(target)
    if linkUnchanged(file, to: target) { return }
    try SiteWriter.writeFile(file.data, to: target)
  }

  /// Writes `files` side by side (a 10,000-component site's search index is thousands of parts);
  /// a failure is the first failed file's, in list order.
  public func add(_ files: [SiteFile]) throws {
    let failure = FirstFailure()
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      do {
        try add(files[index])
      } catch {
        failure.note(index, error as? SiteWriteError ?? .failed("\(error)"))
      }
    }
    if let failed = failure.first { throw failed.error }
  }

  /// Links the previous site's copy of `file` to `target` when its bytes are the same; false when it
  /// differs, is missing, or cannot be linked, and the file is to be written.
  private func linkUnchanged(_ file: SiteFile, to target: String) -> Bool {
    guard let previous, let source = try? SiteWriter.destination(of: file.path, in: previous) else {
      return false
    }
    let parent = String(source[..<(source.lastIndex(of: "/") ?? source.endIndex)])
    let readable = lock.withLock {
      if let known = previousFolders[parent] { return known }
      let plain = SiteWriter.firstLink(on: parent, below: previous) == nil
      previousFolders[parent] = plain
      return plain
    }
    return readable && SiteWriter.holds(file.data, at: source) && link(source, target) == 0
  }

  /// Hard-links files of the previous site that are kept as they were, then swaps the new site in and
  /// removes the previous one as `removal` says. Removes the staging folder when either fails.
  public func finish(reusing: [String], removal: RetiredSiteRemoval = .now) throws {
    do {
      try linkKept(reusing)
    } catch {
      abandon()
      if let error = error as? SiteWriteError { throw error }
      throw SiteWriteError.failed(error.localizedDescription)
    }
    lock.withLock { closed = true }
    try SiteWriter.swap(staging: folder, into: output, retired: retired, removal: removal)
  }

  /// Links `paths` from the previous site, a folder's files on one thread and folders side by side,
  /// largest first: the kernel makes links into one folder one at a time but into different folders at
  /// once, and a 10,000-component site keeps 68,000 files. A failure names the first failed path.
  private func linkKept(_ paths: [String]) throws {
    var byFolder: [Substring: [Int]] = [:]
    for (index, path) in paths.enumerated() {
      byFolder[path[..<(path.lastIndex(of: "/") ?? path.startIndex)], default: []].append(index)
    }
    let groups = byFolder.values.sorted { ($0.count, $0[0]) > ($1.count, $1[0]) }
    let failure = FirstFailure()
    DispatchQueue.concurrentPerform(iterations: groups.count) { group in
      for index in groups[group] {
        do {
          let target = try SiteWriter.destination(of: paths[index], in: folder.path)
          if index == groups[group][0] { try prepare(target) }
          let source = try SiteWriter.destination(of: paths[index], in: output.path)
          guard link(source, target) == 0 else {
            let code = errno
            throw code == ENOENT
              ? SiteWriteError.missingPrevious(paths[index])
              : SiteWriteError.failed(
                "cannot link '\(paths[index])' from the previous site: \(String(cString: strerror(code)))")
          }
        } catch {
          failure.note(index, error as? SiteWriteError ?? .failed("\(error)"))
          return
        }
      }
    }
    if let failed = failure.first { throw failed.error }
  }

  /// Removes what was written; the output folder stays as it was. Nothing once the site is swapped in.
  public func abandon() {
    let done = lock.withLock {
      defer { closed = true }
      return closed
    }
    if !done { try? FileManager.default.removeItem(at: folder) }
  }

  /// Makes the folder that will hold `target`, once, under the lock: another thread's file may be
  /// written into it right after.
  private func prepare(_ target: String) throws {
    let parent = String(target[..<(target.lastIndex(of: "/") ?? target.endIndex)])
    try lock.withLock {
      guard !created.contains(parent) else { return }
      do {
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
      } catch {
        throw SiteWriteError.failed("cannot create '\(parent)': \(error.localizedDescription)")
      }
      created.insert(parent)
    }
  }

  /// The failure that comes first in the list (of files or links), whichever thread met it.
  private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var first: (index: Int, error: SiteWriteError)?

    func note(_ index: Int, _ error: SiteWriteError) {
      lock.withLock { if index < (first?.index ?? .max) { first = (index, error) } }
    }
  }
}
