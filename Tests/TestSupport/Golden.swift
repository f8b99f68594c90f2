import Foundation
import Testing

/// Compares `actual` with the golden file `Tests/<Target>Tests/Snapshots/<name>` beside the calling test.
/// With `RECORD_SNAPSHOTS=1` in the environment the file is written instead, and the test fails once
/// so that a re-record is never mistaken for a pass.
public func assertGolden(
  _ actual: String,
  named name: String,
  filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let testsFolder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
  let golden = testsFolder.appendingPathComponent("Snapshots").appendingPathComponent(name)
  let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  if recording {
    do {
      try FileManager.default.createDirectory(
        at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: golden)
      Issue.record(
        "Recorded golden file \(golden.path); run again without RECORD_SNAPSHOTS",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("Could not write golden file \(golden.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let data = FileManager.default.contents(atPath: golden.path) else {
    Issue.record(
      "No golden file at \(golden.path); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  if expected != actual {
    Issue.record(
      "Output differs from \(golden.lastPathComponent):\n\(firstDifference(expected, actual))",
      sourceLocation: sourceLocation)
  }
}

/// The first differing line of two texts, so a failure says where without dumping both.
func firstDifference(_ expected: String, _ actual: String) -> String {
  let left = expected.components(separatedBy: "\n")
  let right = actual.components(separatedBy: "\n")
  for index in 0..<max(left.count, right.count) {
    let l = index < left.count ? left[index] : "<end of file>"
    let r = index < right.count ? right[index] : "<end of file>"
    if l != r { return "line \(index + 1):\n  expected: \(l)\n  actual:   \(r)" }
  }
  return "(texts differ only in line endings)"
}
