import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Bytes of files read by earlier scans of one folder, by path, each with the identity and time of the
/// file it came from: a preview rescans on every save, and only the saved file needs reading again.
/// An editor's save gives the file a new time (and often a new inode), so it is read.
public final class ContentFileCache: @unchecked Sendable {
  struct Stamp: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    init(_ status: stat) {
      device = UInt64(status.st_dev)
      inode = UInt64(status.st_ino)
      size = Int64(status.st_size)
      seconds = status.st_mtim.tv_sec
      nanoseconds = status.st_mtim.tv_nsec
    }
  }

  private var entries: [String: (stamp: Stamp, data: Data)] = [:]
  private var seen: [String: (stamp: Stamp, data: Data)] = [:]
  private var wanted: [String: Bool] = [:]
  private let lock = NSLock()
  /// Files answered from the cache since it was made, for tests.
  public private(set) var hits = 0

  public init() {}

  func data(at path: String, stamp: Stamp) -> Data? {
    lock.lock()
    defer { lock.unlock() }
    guard let entry = entries[path], entry.stamp == stamp else { return nil }
    seen[path] = entry
    hits += 1
    return entry.data
  }

  /// `ContentDecoder.wants(path:)`, worked out once per path.
  func wants(_ path: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    if let known = wanted[path] { return known }
    let answer = ContentDecoder.wants(path: path)
    wanted[path] = answer
    return answer
  }

  func store(_ data: Data, at path: String, stamp: Stamp) {
    lock.lock()
    seen[path] = (stamp, data)
    lock.unlock()
  }

  /// Lets go of the files at these paths (relative to the content folder) and below them: the ones a
  /// watcher saw change. A time is not always enough: some file systems keep it to the second, and an
  /// edit that keeps a file's size within that second would otherwise go unseen.
  public func forget(_ paths: [String]) {
    lock.lock()
    defer { lock.unlock() }
    for path in paths {
      entries[path] = nil
      let folder = path + "/"
      for key in entries.keys where key.hasPrefix(folder) { entries[key] = nil }
    }
  }

  /// Ends a scan: files it did not meet (removed, renamed) are let go.
  func endScan() {
    lock.lock()
    entries = seen
    seen = [:]
    // Paths come and go in a long session (renames, generated files): start over once most are gone.
    if wanted.count > 2 * entries.count + 10_000 { wanted = [:] }
    lock.unlock()
  }
}
