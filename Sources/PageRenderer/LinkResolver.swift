import ContentReader
import Foundation
import MarkupSafety
import SitePlan

/// Turns links written in markdown into links between pages: `.md` files become their pages, anchors
/// are checked against the headings (and row ids) the target page will have; links and images that
/// name a file of `static/` lead to the copy the site keeps at the same path.
public struct LinkResolver: Sendable {
  let plan: SitePlan
  /// Content path -> the anchors its page has.
  let anchors: [String: Set<String>]
  /// Content paths of the files of `static/`.
  let files: Set<String>

  public init(plan: SitePlan, anchors: [String: Set<String>], files: Set<String> = []) {
    self.plan = plan
    self.anchors = anchors
    self.files = files
  }

  /// Where an image's source leads: only files of `static/` are in the site, and nothing is loaded from
  /// outside it (an external image is returned for the caller to turn into a link).
  public func resolveImage(_ source: String, fromDocument document: String, onPage page: String)
    -> LinkResolution
  {
    switch URLSafety.classify(source) {
    case .refused: return .refused
    case .external: return .external(source)
    case .fragment: return .broken(reason: "an image source cannot be an anchor")
    case .relative:
      var pathPart = source
      if let end = pathPart.firstIndex(where: { $0 == "#" || $0 == "?" }) {
        pathPart = String(pathPart[..<end])
      }
      guard let target = Self.join(folder: Self.folder(of: document), decoded(pathPart)) else {
        return .broken(reason: "image '\(source)' points outside the content folder")
      }
      if files.contains(target) { return .page(URLPath.encoded(RelativeURL.link(from: page, to: target))) }
      return .broken(
        reason: target.hasPrefix("static/")
          ? "no file '\(target)' in static/"
          : "image '\(pathPart)' is not under static/, the only folder the site copies files from")
    }
  }

  public func resolve(_ destination: String, fromDocument document: String, onPage page: String)
    -> LinkResolution
  {
    switch URLSafety.classify(destination) {
    case .refused:
      return .refused
    case .external:
      return .external(destination)
    case .fragment:
      let anchor = decoded(String(destination.dropFirst()))
      if anchor.isEmpty || anchors[document]?.contains(anchor) == true { return .page("#" + anchor) }
      return .broken(reason: "no heading '#\(anchor)' in this document")
    case .relative:
      return resolveRelative(destination, fromDocument: document, onPage: page)
    }
  }

  /// The document and anchor a link with an anchor points at (its own document for `#anchor`); nil for
  /// links without one. How such a link comes out depends on that anchor alone (`linkedAnchors`), so a
  /// heading no link points at changes no other page.
  func anchorTarget(of destination: String, fromDocument document: String) -> AnchorTarget? {
    switch URLSafety.classify(destination) {
    case .fragment:
      let anchor = decoded(String(destination.dropFirst()))
      return anchor.isEmpty ? nil : AnchorTarget(document: document, anchor: anchor)
    case .relative:
      let (pathPart, written) = Self.split(destination)
      guard let anchor = written.map(decoded), !anchor.isEmpty,
        let target = Self.join(folder: Self.folder(of: document), decoded(pathPart))
      else { return nil }
      let path = plan.page(forDocument: target) != nil ? target : (caseInsensitivePath(target) ?? target)
      return AnchorTarget(document: path, anchor: anchor)
    case .refused, .external:
      return nil
    }
  }

  /// Whether each anchor links point at is there, by "document#anchor": what the pages' inputs take of
  /// the documents' anchors.
  func linkedAnchors(_ targets: Set<AnchorTarget>) -> [String: String] {
    Dictionary(
      targets.map {
        ($0.document + "#" + $0.anchor, anchors[$0.document]?.contains($0.anchor) == true ? "1" : "0")
      },
      uniquingKeysWith: { first, _ in first })
  }

  /// A relative destination's path (without query) and its anchor, as written.
  private static func split(_ destination: String) -> (path: String, anchor: String?) {
    var pathPart = destination
    var anchor: String?
    if let hash = pathPart.firstIndex(of: "#") {
      anchor = String(pathPart[pathPart.index(after: hash)...])
      pathPart = String(pathPart[..<hash])
    }
    if let query = pathPart.firstIndex(of: "?") { pathPart = String(pathPart[..<query]) }
    return (pathPart, anchor)
  }

  private func resolveRelative(_ destination: String, fromDocument document: String, onPage page: String)
    -> LinkResolution
  {
    if destination.contains("{{") { return .broken(reason: "the link is an unfilled template placeholder") }
    let (pathPart, written) = Self.split(destination)
    let anchor = written.map(decoded)
    let target = Self.join(folder: Self.folder(of: document), decoded(pathPart))
    guard let target else { return .broken(reason: "'\(destination)' points outside the content folder") }
    if files.contains(target) {
      // File names are as written (`a b.pdf`); the href is percent-encoded, the anchor kept as written.
      return .page(
        URLPath.encoded(RelativeURL.link(from: page, to: target)) + (anchor.map { "#" + $0 } ?? ""))
    }
    guard target.lowercased().hasSuffix(".md") || target.lowercased().hasSuffix(".markdown") else {
      return .broken(reason: "'\(pathPart)' is not a markdown document of the site")
    }
    guard let targetPage = plan.page(forDocument: target) ?? caseInsensitivePage(target) else {
      return .broken(reason: "no document '\(pathPart)'")
    }
    let link = RelativeURL.link(from: page, to: targetPage)
    guard let anchor, !anchor.isEmpty else { return .page(link) }
    let targetPath = plan.page(forDocument: target) != nil ? target : (caseInsensitivePath(target) ?? target)
    guard anchors[targetPath]?.contains(anchor) == true else {
      return .broken(reason: "no heading '#\(anchor)' in '\(pathPart)'")
    }
    return .page(link + "#" + anchor)
  }

  private func caseInsensitivePath(_ path: String) -> String? {
    let lower = path.lowercased()
    return anchors.keys.first { $0.lowercased() == lower }
  }

  private func caseInsensitivePage(_ path: String) -> String? {
    caseInsensitivePath(path).flatMap { plan.page(forDocument: $0) }
  }

  private func decoded(_ text: String) -> String { text.removingPercentEncoding ?? text }

  static func folder(of path: String) -> String { ContentPath.folder(of: path) }

  /// Joins and normalizes `..` and `.`; nil when the result climbs above the content root.
  static func join(folder: String, _ relative: String) -> String? {
    ContentPath.join(folder: folder, relative)
  }
}
