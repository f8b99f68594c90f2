import ContentReader
import FestivalModel
import Foundation
import FuzzerDriver

/// Any bytes as one kind of festival file (the first byte picks which: contract, overview, task,
/// fest.yaml, loose contract, a festival's or a loose `.proto`), beside a fixed small festival: the model must be built, with diagnostics
/// for what it cannot read, and never crash.
func fuzzModel(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  guard size > 0 else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
  let roles = [
    "f/COMMON_INTERFACES.md", "f/FESTIVAL_OVERVIEW.md", "f/001_PLAN/01_work/01_task.md", "f/fest.yaml",
    "notes-contract.md", "f/002_PLAN/contracts/api.proto", "api/orders.proto",
  ]
  let role = roles[Int(data[0]) % roles.count]
  var files = [
    ContentFile(path: "f/FESTIVAL_OVERVIEW.md", text: "# Festival Overview: F\n"),
    ContentFile(path: "f/001_PLAN/PHASE_GOAL.md", text: "---\nstatus: pending\n---\n# Phase\n"),
  ].filter { $0.path != role }
  files.append(ContentFile(path: role, text: text))
  let (festivals, loose) = ContentLayout.organize(files)
  let model = FestivalModelBuilder.build(
    ContentInventory(festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: []))
  for diagnostic in model.diagnostics {
    precondition((diagnostic.location?.line ?? 1) >= 1, "a diagnostic before line 1")
  }
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzModel(data, size) })
