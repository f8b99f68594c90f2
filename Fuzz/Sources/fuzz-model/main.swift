import FuzzerDriver
import Foundation
import ContentReader
import FestivalModel

/// Any bytes as every kind of festival file at once (contract, overview, task, fest.yaml): the model
/// must be built, with diagnostics for what it cannot read, and never crash.
func fuzzModel(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let files = [
    ContentFile(path: "f/COMMON_INTERFACES.md", text: text),
    ContentFile(path: "f/FESTIVAL_OVERVIEW.md", text: text),
    ContentFile(path: "f/fest.yaml", text: text),
    ContentFile(path: "f/001_PLAN/01_work/01_task.md", text: text),
    ContentFile(path: "notes-contract.md", text: text),
  ]
  let (festivals, loose) = ContentLayout.organize(files)
  let model = FestivalModelBuilder.build(
    ContentInventory(festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: []))
  for diagnostic in model.diagnostics {
    precondition((diagnostic.location?.line ?? 1) >= 1, "a diagnostic before line 1")
  }
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzModel(data, size) })
