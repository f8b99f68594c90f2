import ContentReader
import FestivalModel
import Foundation
import FuzzerDriver

/// Any bytes as an OpenAPI document of a festival (YAML or JSON, the first byte picks) and, after a form
/// feed, the `common.yaml` beside it that its `$ref`s may name (and that may name it back): read into the
/// model with diagnostics for what it cannot read, every one at a place in a file, never a crash or an
/// endless `$ref` walk within or across the files.
func fuzzOpenAPI(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  guard size > 0 else { return 0 }
  let input = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
  let parts = input.split(separator: "\u{0C}", maxSplits: 1, omittingEmptySubsequences: false)
  let path = data[0] % 2 == 0 ? "f/002_PLAN/contracts/api.yaml" : "f/002_PLAN/contracts/api.json"
  var files = ["f/FESTIVAL_GOAL.md": Data("# F\n".utf8), path: Data(parts[0].utf8)]
  if parts.count == 2 { files["f/002_PLAN/contracts/common.yaml"] = Data(parts[1].utf8) }
  let model = FestivalModelBuilder.build(ContentReader.read(files: files))
  for diagnostic in model.diagnostics {
    precondition((diagnostic.location?.line ?? 1) >= 1, "a diagnostic before line 1")
  }
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzOpenAPI(data, size) })
