import Foundation

/// Splits a festival's sidebar so no page loads more of it than it shows: a group whose children would
/// take more than `limit` bytes of script moves its largest groups into part files
/// (`<festival>/nav/3.js`) that the page script loads when the group opens, or at once when the page is
/// inside it. A long list (of links, or of small groups such as a phase's sequences) becomes slices of
/// consecutive children, each a part of its own; a list of plain links is sliced in page order
/// (alphabetical by the pages' names), so its slices cover disjoint ranges of pages.
///
/// Each stub names its part (`l`) and the first and last page path inside it (`r`), so the page script
/// opens the parts on the way to the current page without loading the others. A sidebar under the limit
/// is written exactly as before.
struct NavigationParts {
  /// Bytes of script one part (and the festival's own `nav.js`, once its groups are parts) aims at.
  static let limit = 24_000
  /// What a list of items may take inside a part, the call and the part's path around it left out.
  static let room = limit - 128

  /// An item as written: its script, the scripts of the children it lists inline (none for a link or a
  /// stub), and what a stub and a slice title need of it.
  struct Written {
    var script: String
    var children: [String]
    var title: String
    /// The first and last page path inside it, by path; nil when it links nowhere.
    var pages: (low: String, high: String)?
    var isLink: Bool
  }

  let folder: String
  private(set) var files: [RenderedFile] = []

  /// `folder` is the festival's part folder (`festival-slug/nav/`).
  init(folder: String) {
    self.folder = folder
  }

  /// Top-level items as script, with every oversized group turned into stubs of parts.
  mutating func split(_ items: [NavigationItem]) -> [String] {
    var written = items.map { self.written($0) }
    moveLargestGroups(&written, of: items)
    return written.map(\.script)
  }

  static func size(_ children: [Written]) -> Int { children.reduce(0) { $0 + $1.script.utf8.count + 2 } }

  /// Moves the largest groups, each into a part of its own under its own title, while the list is over
  /// the limit and a group large enough to help is left.
  private mutating func moveLargestGroups(_ children: inout [Written], of items: [NavigationItem]) {
    while Self.size(children) > Self.room {
      let groups = children.indices.filter {
        !children[$0].children.isEmpty && children[$0].script.utf8.count >= Self.limit / 8
      }
      guard let largest = groups.max(by: { children[$0].script.utf8.count < children[$1].script.utf8.count })
      else { return }
      children[largest] = stub(items[largest], inner: children[largest])
    }
  }

  /// The item as script: as it is when small, else with its largest groups moved into parts, else with
  /// its children in slices.
  private mutating func written(_ item: NavigationItem) -> Written {
    var children = item.children.map { written($0) }
    moveLargestGroups(&children, of: item.children)
    let pages = Self.range(children.compactMap(\.pages) + (Self.ownPage(item).map { [($0, $0)] } ?? []))
    guard Self.size(children) > Self.room else {
      let scripts = children.map(\.script)
      return Written(
        script: item.javaScript(children: scripts), children: scripts, title: item.title, pages: pages,
        isLink: children.isEmpty && item.path != nil)
    }
    let slices = Self.slices(Self.pageOrdered(children))
    if slices.count == 1 {
      let script = stub(item.title, path: item.path, parallel: item.parallel, slices[0])
      return Written(script: script, children: [], title: item.title, pages: pages, isLink: false)
    }
    let stubs = slices.map { slice in
      let title = Self.sliceTitle(slice)
      return Written(
        script: stub(title, path: nil, parallel: false, slice), children: [], title: title,
        pages: Self.range(slice.compactMap(\.pages)), isLink: false)
    }
    let scripts = stubs.map(\.script)
    return Written(
      script: item.javaScript(children: scripts), children: scripts, title: item.title, pages: pages,
      isLink: false)
  }

  /// A group moved whole into a part: its inline children go there, under its own title.
  private mutating func stub(_ group: NavigationItem, inner: Written) -> Written {
    let file = writePart(inner.children)
    return Written(
      script: Self.stubScript(group.title, path: group.path, parallel: group.parallel, file, inner.pages),
      children: [], title: group.title, pages: inner.pages, isLink: false)
  }

  private mutating func stub(_ title: String, path: String?, parallel: Bool, _ slice: [Written]) -> String {
    let file = writePart(slice.map(\.script))
    return Self.stubScript(title, path: path, parallel: parallel, file, Self.range(slice.compactMap(\.pages)))
  }

  /// Writes scripts of items as the next part file and returns its path.
  private mutating func writePart(_ scripts: [String]) -> String {
    let file = folder + "\(files.count + 1).js"
    let text =
      "festdocNavigationPart(" + JavaScriptLiteral.string(file) + ",[" + scripts.joined(separator: ",\n")
      + "]);\n"
    files.append(RenderedFile(path: file, data: Data(text.utf8)))
    return file
  }

  static func stubScript(
    _ title: String, path: String?, parallel: Bool, _ file: String, _ pages: (low: String, high: String)?
  ) -> String {
    var parts = ["\"t\":" + JavaScriptLiteral.string(title)]
    if let path { parts.append("\"u\":" + JavaScriptLiteral.string(path)) }
    parts.append("\"l\":" + JavaScriptLiteral.string(file))
    if let pages {
      parts.append(
        "\"r\":[" + JavaScriptLiteral.string(pages.low) + "," + JavaScriptLiteral.string(pages.high) + "]")
    }
    if parallel { parts.append("\"p\":1") }
    return "{" + parts.joined(separator: ",") + "}"
  }

  /// A list of plain links sorted by page path; any other list keeps its order (a plan's numbers).
  private static func pageOrdered(_ children: [Written]) -> [Written] {
    guard children.allSatisfy(\.isLink) else { return children }
    return children.sorted { ($0.pages?.low ?? "", $0.title) < ($1.pages?.low ?? "", $1.title) }
  }

  /// Consecutive children packed into slices whose part files take at most `limit` bytes (a child larger
  /// than that alone).
  private static func slices(_ children: [Written]) -> [[Written]] {
    var result: [[Written]] = []
    var current: [Written] = []
    var size = 0
    for child in children {
      let bytes = child.script.utf8.count + 2
      if !current.isEmpty && size + bytes > Self.room {
        result.append(current)
        current = []
        size = 0
      }
      current.append(child)
      size += bytes
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// `first – last` by the slice's titles.
  private static func sliceTitle(_ slice: [Written]) -> String {
    let first = slice.first?.title ?? ""
    let last = slice.last?.title ?? ""
    return first == last ? first : first + " – " + last
  }

  /// The page an item links to, its anchor left out.
  static func ownPage(_ item: NavigationItem) -> String? {
    item.path.map { String($0.split(separator: "#", omittingEmptySubsequences: false)[0]) }
  }

  static func range(_ ranges: [(low: String, high: String)]) -> (low: String, high: String)? {
    guard let low = ranges.map(\.low).min(), let high = ranges.map(\.high).max() else { return nil }
    return (low, high)
  }
}
