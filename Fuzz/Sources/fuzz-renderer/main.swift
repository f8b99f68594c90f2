import ContentReader
import FestivalModel
import Foundation
import FuzzerDriver
import SiteBuild

/// The only script tags a page may hold: the theme's own, each ending its opening tag this way.
let allowedScriptTags: [[UInt8]] = ["theme.js\"", "festdoc.js\" defer", "nav.js\" defer"].map {
  Array($0.utf8)
}

/// Any bytes as a festival's contract, rendered into a whole site. Beyond not crashing,
/// no festival text may reach a page as a script or an event handler.
func fuzzRenderer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let (festivals, loose) = ContentLayout.organize([
    ContentFile(path: "f/COMMON_INTERFACES.md", text: text),
    ContentFile(
      path: "f/FESTIVAL_OVERVIEW.md",
      text: "# Festival Overview: F\n\nSee [the contract](COMMON_INTERFACES.md).\n"),
  ])
  var inventory = ContentInventory(
    festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: [])
  // Images and links the contract names under static/ (`../static/a.png`) are shown, so some must exist.
  inventory.staticFiles = ["static/a.png", "static/b c.svg"].map {
    StaticFile(path: $0, data: Data("x".utf8))
  }
  let settings = BuildSettings(content: URL(fileURLWithPath: "/fuzz"), jobs: 1, version: "fuzz")
  var build = BuildContext(settings: settings, inventory: inventory)
  // The steps up to the plan, then the rest only for contracts small enough to render quickly.
  try! SiteBuild.run([SiteBuild.parse, SiteBuild.model, SiteBuild.check, SiteBuild.plan], &build)
  guard (build.model?.festivals.first?.interfaces?.components.count ?? 0) <= 200 else { return 0 }
  try! SiteBuild.run([SiteBuild.resolve, SiteBuild.render], &build)
  for file in build.rendered!.files where file.path.hasSuffix(".html") {
    file.data.withUnsafeBytes { raw in
      let html = raw.bindMemory(to: UInt8.self)
      // Byte scans, ASCII case folded as an HTML parser folds tag names and URL schemes; Foundation's
      // search and `lowercased()` took over a third of each run.
      for start in html.offsets(of: Array("<script".utf8)) {
        let tag = html[start...].prefix { $0 != UInt8(ascii: ">") }
        precondition(
          allowedScriptTags.contains { tag.ends(with: $0) },
          "a script reached \(file.path): \(String(decoding: tag, as: UTF8.self))")
      }
      precondition(
        html.offsets(of: Array("href=\"javascript:".utf8)).isEmpty, "a javascript: link reached \(file.path)")
    }
  }
  return 0
}

extension UnsafeBufferPointer<UInt8> {
  /// Where `needle` (lowercase ASCII) starts in these bytes, ignoring ASCII case.
  func offsets(of needle: [UInt8]) -> [Int] {
    guard count >= needle.count, let first = needle.first else { return [] }
    var found: [Int] = []
    var index = 0
    while index <= count - needle.count {
      if self[index].asciiLowercased == first {
        var matched = 1
        while matched < needle.count, self[index + matched].asciiLowercased == needle[matched] {
          matched += 1
        }
        if matched == needle.count { found.append(index) }
      }
      index += 1
    }
    return found
  }
}

extension Slice<UnsafeBufferPointer<UInt8>> {
  func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
  }
}

extension UInt8 {
  var asciiLowercased: UInt8 { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) ? self | 0x20 : self }
}

exit(FuzzerDriver.run { data, size in fuzzRenderer(data, size) })
