import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Watches folders, and every folder below them, with inotify, and reports each burst of changes once
/// it has settled: an editor's save is several events (a temporary file, a rename) and one rebuild.
/// A burst whose latest event finishes a file (closed after writing, or renamed into place) settles
/// sooner than one that may still be writing.
public final class ChangeWatcher: @unchecked Sendable {
  public enum StartError: Error, CustomStringConvertible {
    case unavailable(String)
    public var description: String {
      switch self {
      case .unavailable(let reason): "cannot watch for changes: \(reason)"
      }
    }
  }

  private let descriptor: Int32
  private let settle: Duration
  private let settleWhenFinished: Duration
  private let onChange: @Sendable ([String]) -> Void
  // Only the watcher's thread touches these after `start`.
  private var folders: [Int32: String] = [:]
  private var stopped = false
  private let lock = NSLock()

  /// `onChange` gets the changed paths (absolute), called on the watcher's thread, never concurrently.
  public init(
    folders roots: [URL], settle: Duration = .milliseconds(25),
    settleWhenFinished: Duration = .milliseconds(5), onChange: @escaping @Sendable ([String]) -> Void
  )
    throws
  {
    descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard descriptor >= 0 else { throw StartError.unavailable(String(cString: strerror(errno))) }
    self.settle = settle
    self.settleWhenFinished = min(settle, settleWhenFinished)
    self.onChange = onChange
    for root in roots { watchTree(root.standardizedFileURL.path) }
    Thread { [self] in loop() }.start()
  }

  deinit { stop() }

  public func stop() {
    lock.lock()
    defer { lock.unlock() }
    guard !stopped else { return }
    stopped = true
    close(descriptor)
  }

  private var isStopped: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopped
  }

  private static let mask = UInt32(
    IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF
      | IN_ATTRIB)

  /// Watches `path` and the folders below it; hidden folders (`.git`) are left out, but for `.fest`,
  /// where the `fest` CLI writes the progress that pages show.
  private func watchTree(_ path: String) {
    let watch = inotify_add_watch(descriptor, path, Self.mask)
    guard watch >= 0 else { return }
    folders[watch] = path
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
    for name in names where !name.hasPrefix(".") || name == ".fest" {
      var isFolder: ObjCBool = false
      let child = path + "/" + name
      if FileManager.default.fileExists(atPath: child, isDirectory: &isFolder), isFolder.boolValue {
        watchTree(child)
      }
    }
  }

  private func loop() {
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    var pending: [String] = []
    var settledAt: ContinuousClock.Instant?
    let clock = ContinuousClock()
    while !isStopped {
      var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      // Wake for the next event, the end of the settling time, or (rarely) to notice `stop`.
      var timeout: Int32 = 200
      if let deadline = settledAt {
        let left = clock.now.duration(to: deadline).components
        timeout = max(0, min(timeout, Int32(left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000)))
      }
      let ready = poll(&poller, 1, timeout)
      if ready > 0 {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
          let (paths, finished) = parse(buffer, count: count)
          pending += paths
          settledAt = clock.now.advanced(by: finished ? settleWhenFinished : settle)
        }
      } else if ready < 0 && errno != EINTR {
        return
      }
      if let deadline = settledAt, clock.now >= deadline, !pending.isEmpty {
        let changed = Array(Set(pending)).sorted()
        pending = []
        settledAt = nil
        onChange(changed)
      }
    }
  }

  /// The paths named by the events in the first `count` bytes, and whether the last of them finished a
  /// file; new folders are watched too.
  private func parse(_ buffer: [UInt8], count: Int) -> (paths: [String], finished: Bool) {
    var paths: [String] = []
    var finished = false
    var offset = 0
    let headerSize = MemoryLayout<inotify_event>.size
    while offset + headerSize <= count {
      let (watch, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
        return (event.wd, event.mask, Int(event.len))
      }
      let nameBytes = buffer[(offset + headerSize)..<min(count, offset + headerSize + length)]
      let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
      offset += headerSize + length
      guard let folder = folders[watch] else { continue }
      let path = name.isEmpty ? folder : folder + "/" + name
      if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(path) }
      if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil }
      // Editors' droppings change nothing festdoc reads.
      if name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasPrefix(".#") {
        continue
      }
      paths.append(path)
      finished = mask & UInt32(IN_ISDIR) == 0 && mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0
    }
    return (paths, finished)
  }
}
