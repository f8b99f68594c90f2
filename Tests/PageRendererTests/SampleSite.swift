import ContentReader
import Diagnostics
import FestivalChecks
import FestivalModel
import Foundation
import SiteBuild
import SitePlan
import TestSupport
import Testing

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

  init(root: String, baseURL: String? = nil) throws {
    let url = SharedFolder.projectRoot.appendingPathComponent(root)
    let build = try BuildContext.site(at: url, jobs: 2) { $0.baseURL = baseURL }
    model = try #require(build.model)
    plan = try #require(build.plan)
    files = build.pages
    diagnostics = build.diagnostics
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
