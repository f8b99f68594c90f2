import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension SiteWriter {
  /// Whether the regular file at `path` holds exactly `data`. Read in blocks and compared as it goes, so
  /// a large page costs no second copy in memory; a link, a folder or a file of another size is no match.
  static func holds(_ data: Data, at path: String) -> Bool {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
      status.st_size == data.count
    else { return false }
    return data.withUnsafeBytes { (expected: UnsafeRawBufferPointer) in
      let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
      defer { block.deallocate() }
      var offset = 0
      while offset < expected.count {
        let count = read(descriptor, block.baseAddress!, min(block.count, expected.count - offset))
        if count < 0 && errno == EINTR { continue }
        guard count > 0, memcmp(block.baseAddress!, expected.baseAddress! + offset, count) == 0 else {
          return false
        }
        offset += count
      }
      // A file grown since `fstat` is no match either.
      return read(descriptor, block.baseAddress!, 1) == 0
    }
  }

  /// The first folder between `root` and `folder` that is a symbolic link, if one is.
  static func firstLink(on folder: String, below root: String) -> String? {
    var current = root
    for part in folder.dropFirst(root.count).split(separator: "/") {
      current += "/" + part
      var status = stat()
      if lstat(current, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK { return current }
    }
    return nil
  }
}
