import ContentReader
import Foundation
import PageRenderer

/// Content files' fingerprints kept between the builds of a preview session: comparing a file's text with
/// the one last fingerprinted is a memory compare, hashing it again byte by byte cost milliseconds for a
/// large interface document on every save.
public final class SourceFingerprints: @unchecked Sendable {
  private var known: [String: (text: String, fingerprint: String)] = [:]
  private let lock = NSLock()

  public init() {}

  /// The fingerprint of `text`, the content of the file at `path`.
  public func fingerprint(of text: String, at path: String) -> String {
    lock.lock()
    defer { lock.unlock() }
    if let entry = known[path], entry.text == text { return entry.fingerprint }
    let fingerprint = Fingerprint.of(text)
    known[path] = (text, fingerprint)
    return fingerprint
  }

  /// Forgets the files not among `paths`.
  public func keep(only paths: Set<String>) {
    lock.lock()
    known = known.filter { paths.contains($0.key) }
    lock.unlock()
  }
}
