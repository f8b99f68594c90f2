import Foundation

/// Writes a file the way a reader never sees half of it: beside its destination first, then moved into
/// place with rename(2).
enum FileReplacement {
  static func write(_ data: Data, to path: String) throws {
    let destination = URL(fileURLWithPath: path)
    let staging = destination.deletingLastPathComponent().appendingPathComponent(
      ".\(destination.lastPathComponent).festdoc-\(getpid())")
    do {
      try data.write(to: staging)
      guard rename(staging.path, destination.path) == 0 else {
        throw FestdocError(String(cString: strerror(errno)))
      }
    } catch {
      try? FileManager.default.removeItem(at: staging)
      let reason = (error as? FestdocError)?.description ?? error.localizedDescription
      throw FestdocError("cannot write '\(path)': \(reason)")
    }
  }
}
