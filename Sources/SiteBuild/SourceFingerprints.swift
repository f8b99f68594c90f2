import ContentReader
import PageRenderer

/// Content files' fingerprints kept between the builds of a preview session: comparing a file's text with
/// the one last fingerprinted is a memory compare, hashing it again byte by byte cost milliseconds for a
/// large interface document on every save.
public final class SourceFingerprints: Sendable {
  private let memo = PathMemo<String, String>()

  public init() {}

  /// The fingerprint of `text`, the content of the file at `path`.
  public func fingerprint(of text: String, at path: String) -> String {
    memo.value(at: path, from: text) { Fingerprint.of(text) }
  }

  /// Forgets the files not among `paths`.
  public func keep(only paths: Set<String>) { memo.keep(only: paths) }
}
