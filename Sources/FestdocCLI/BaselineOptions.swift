import ArgumentParser
import CIFormats
import Foundation

/// `--baseline` and `--write-baseline`, shared by `check` and `diff`: accept what is known, report what
/// is new (docs/ci-formats.md).
struct BaselineOptions: ParsableArguments {
  @Option(help: "Report only findings this baseline file does not hold (made by --write-baseline).")
  var baseline: String?

  @Option(
    name: .customLong("write-baseline"), help: "Write every finding of this run to a baseline file.")
  var writeBaseline: String?

  /// Writes the findings to `--write-baseline`'s file, when one is named.
  func write(_ findings: [Finding]) throws {
    guard let writeBaseline else { return }
    try FileReplacement.write(try Baseline(findings).encoded(), to: writeBaseline)
  }

  /// Whether each finding is new: all are without `--baseline`.
  func newFindings(_ findings: [Finding]) throws -> [Bool] {
    guard let baseline else { return findings.map { _ in true } }
    guard let data = FileManager.default.contents(atPath: baseline) else {
      throw FestdocError("cannot read the baseline '\(baseline)'")
    }
    do {
      return try Baseline(decoding: data).isNew(findings)
    } catch {
      throw FestdocError("'\(baseline)' is not a festdoc baseline: \(error.localizedDescription)")
    }
  }
}
