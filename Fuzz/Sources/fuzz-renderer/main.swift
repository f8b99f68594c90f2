import FuzzerDriver
import Foundation
import ContentReader
import Foundation
import FestivalModel
import PageRenderer
import SitePlan

let theme = try! Theme.load(overlay: nil)

/// Any bytes as a festival's contract, rendered into a whole site. Beyond not crashing,
/// no festival text may reach a page as a script or an event handler.
func fuzzRenderer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let (festivals, loose) = ContentLayout.organize([
    ContentFile(path: "f/COMMON_INTERFACES.md", text: text),
    ContentFile(path: "f/FESTIVAL_OVERVIEW.md", text: "# Festival Overview: F\n\nSee [the contract](COMMON_INTERFACES.md).\n"),
  ])
  let model = FestivalModelBuilder.build(
    ContentInventory(festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: []))
  let contract = model.festivals.first?.interfaces
  guard (contract?.components.count ?? 0) <= 200 else { return 0 }
  let plan = SitePlanner.plan(model)
  let result = SiteRenderer.render(
    model: model, plan: plan, theme: theme, options: RenderOptions(version: "fuzz", source: "fuzz", jobs: 1))
  for file in result.files where file.path.hasSuffix(".html") {
    let html = String(decoding: file.data, as: UTF8.self)
    var rest = html[...]
    while let script = rest.range(of: "<script") {
      let tag = rest[script.lowerBound...].prefix { $0 != ">" }
      precondition(
        tag.hasSuffix("theme.js\"") || tag.hasSuffix("festdoc.js\" defer") || tag.hasSuffix("nav.js\" defer"),
        "a script reached \(file.path): \(tag)")
      rest = rest[script.upperBound...]
    }
    precondition(!html.lowercased().contains("href=\"javascript:"), "a javascript: link reached \(file.path)")
  }
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzRenderer(data, size) })
