import Foundation

/// Maps a request's path onto a file of the site folder, and refuses anything that would leave it:
/// `..` segments (encoded or not), NUL bytes, backslashes, and links that point outside.
public struct SitePathResolver: Sendable {
  public enum Resolution: Equatable, Sendable {
    case file(String)
    /// A folder asked for without its trailing slash: relative links in its index need one.
    case redirect(String)
    case notFound
  }

  let root: String

  public init(root: URL) {
    self.root = root.standardizedFileURL.path
  }

  public func resolve(_ rawPath: String) -> Resolution {
    let pathOnly = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    guard let decoded = String(pathOnly).removingPercentEncoding, decoded.hasPrefix("/"),
      !decoded.contains("\0"), !decoded.contains("\\")
    else { return .notFound }
    let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
    // `..` never leaves the site, and what starts with a dot (the marker, the build record) is not of it.
    guard !segments.contains(where: { $0.hasPrefix(".") }) else { return .notFound }
    let relative = segments.joined(separator: "/")
    var candidate = relative.isEmpty ? root : root + "/" + relative
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) else { return .notFound }
    if isFolder.boolValue {
      if !decoded.hasSuffix("/") { return .redirect(String(pathOnly) + "/") }
      candidate += "/index.html"
      guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue
      else {
        return .notFound
      }
    }
    // A link inside the site may point anywhere; only targets inside the site folder are served.
    let real = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
    let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
    guard real.hasPrefix(realRoot + "/") else { return .notFound }
    return .file(real)
  }
}
