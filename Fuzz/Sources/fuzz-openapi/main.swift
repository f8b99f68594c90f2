import ContentReader
import FestivalModel
import Foundation
import FuzzerDriver

/// Any bytes as an OpenAPI document of a festival (YAML or JSON, the first byte picks): read into the
/// model with diagnostics for what it cannot read, every one at a place in the file, never a crash or
/// an endless `$ref` walk.
func fuzzOpenAPI(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  guard size > 0 else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
  let path = data[0] % 2 == 0 ? "f/002_PLAN/contracts/api.yaml" : "f/002_PLAN/contracts/api.json"
  let model = FestivalModelBuilder.build(
    ContentReader.read(files: ["f/FESTIVAL_GOAL.md": Data("# F\n".utf8), path: Data(text.utf8)]))
  for diagnostic in model.diagnostics {
    precondition((diagnostic.location?.line ?? 1) >= 1, "a diagnostic before line 1")
  }
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzOpenAPI(data, size) })
