import Foundation
import TestSupport
import Testing

@testable import PageRenderer

/// A fest-era festival whose interfaces live in tasks, its overview and a `.proto` file
/// (`Tests/Fixtures/contract-sources`, a frozen copy of the sample's): the same kinds of pages the v1
/// sample has, each element saying where it is defined and by which task.
@Suite struct ContractSourcePageTests {
  static let site = try! SampleSite(root: "Tests/Fixtures/contract-sources")
  let site = ContractSourcePageTests.site
  static let festival = "carrier-webhooks-cw0002"

  @Test func goldenPages() {
    let pages = [
      ("entities/recordscanrequest.html", "sources-message.html"),
      ("endpoints/post-webhooks-carrier.html", "sources-endpoint.html"),
      ("components/trackingingest.html", "sources-component.html"),
      ("docs/003-implement/02-3pl-backfill/01-backfill-job.html", "sources-task.html"),
      ("review.html", "sources-review.html"),
    ]
    for (page, golden) in pages { assertGolden(site.page("\(Self.festival)/\(page)"), named: golden) }
  }

  @Test func theSameKindsOfPagesAsTheTemplateSample() throws {
    let v1 = try SampleSite(root: "Tests/Fixtures/sample")
    func kinds(_ files: [String: String], _ festival: String) -> Set<String> {
      Set(
        files.keys.filter { $0.hasPrefix(festival + "/") && $0.hasSuffix(".html") }.compactMap { path in
          let parts = path.split(separator: "/")
          return parts.count == 3 ? String(parts[1]) : nil
        })
    }
    let template = kinds(v1.files, "parcel-tracking-pt0001")
    let sourced = kinds(site.files, Self.festival)
    for kind in ["components", "endpoints", "entities", "events", "queues", "authorization"] {
      #expect(template.contains(kind) && sourced.contains(kind), "\(kind)")
    }
    #expect(SiteReach.unreachable(site.files) == [])
  }

  @Test func elementsSayWhereTheyAreDefinedAndByWhichTask() {
    let endpoint = site.main("\(Self.festival)/endpoints/post-webhooks-carrier.html")
    // Both places, linked to the row's anchor, the task with fest's status beside it.
    #expect(
      endpoint.contains(
        "<a href=\"../docs/003-implement/01-webhook-receiver/01-signature-check.html#endpoint-post-webhooks-carrier\">003_IMPLEMENT/01_webhook_receiver/01_signature_check.md:14</a> · task Task: Signature check <span class=\"badge badge-completed\""
      ))
    #expect(endpoint.contains(">FESTIVAL_OVERVIEW.md:12</a>"))
    let task = site.main("\(Self.festival)/docs/003-implement/01-webhook-receiver/01-signature-check.html")
    #expect(task.contains("<h2 id=\"defined-here\">"))
    #expect(
      task.contains(
        "<span class=\"muted\">Operation</span> <a href=\"../../../components/trackingingest.html\">TrackingIngest.RecordScan</a>"
      ))
    // The row the endpoint is defined on carries its anchor.
    #expect(task.contains("id=\"endpoint-post-webhooks-carrier\""))
    let proto = site.main("\(Self.festival)/docs/002-plan/contracts/tracking-ingest-proto.html")
    #expect(proto.contains("<span id=\"op-trackingingest-recordscan\"></span>"))
  }

  @Test func namedOnlyComponentsSaySo() {
    let component = site.main("\(Self.festival)/components/notification-service.html")
    #expect(component.contains("Named by an event or schema table only"))
  }
}
