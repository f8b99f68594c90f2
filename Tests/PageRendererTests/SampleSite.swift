import ContentReader
import Diagnostics
import FestivalChecks
import FestivalModel
import Foundation
import SitePlan
import TestSupport

@testable import PageRenderer

/// The sample festival (`Tests/Fixtures/sample`, a frozen copy of `Content/`) rendered once for every
/// suite that reads it, with its `festdoc.yml` applied and a base URL.
struct SampleSite: Sendable {
  static let baseURL = "https://contracts.example.com/parcel/"
  static let shared = try! SampleSite(root: "Tests/Fixtures/sample", baseURL: baseURL)

  let model: ContentModel
  let plan: SitePlan
  let files: [String: String]
  let diagnostics: [Diagnostic]

  init(root: String, baseURL: String? = nil, findings: [Diagnostic] = []) throws {
    let url = SharedFolder.projectRoot.appendingPathComponent(root)
    model = FestivalModelBuilder.build(try ContentReader.read(root: url))
    plan = SitePlanner.plan(model)
    var options = RenderOptions(version: "test", source: "sample", jobs: 2)
    options.apply(model, baseURL: baseURL)
    let result = SiteRenderer.render(
      model: model, plan: plan, theme: try Theme.load(overlay: nil), options: options,
      findings: model.diagnostics + FestivalChecks.run(model) + findings)
    files = Dictionary(
      uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    diagnostics = result.diagnostics
  }

  static let festival = "parcel-tracking-pt0001"

  func page(_ path: String) -> String { files[path] ?? "" }

  /// The `<main>` element of a page.
  func main(_ path: String) -> String {
    let html = page(path)
    guard let start = html.range(of: "<main id=\"main\">"), let end = html.range(of: "</main>") else {
      return ""
    }
    return String(html[start.upperBound..<end.lowerBound])
  }
}
