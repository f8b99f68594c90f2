import Foundation
import TestSupport
import Testing

/// `make bench` at a tiny size, with whichever reference tools are installed, so the script cannot rot.
@Suite struct BenchScriptTests {
  static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test(.enabled(if: python != nil, "python3 is not installed"))
  func aTinyBenchmarkPrintsItsTable() throws {
    let work = try TemporaryFolder()
    defer { work.remove() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.python))
    process.arguments = [
      SharedFolder.projectRoot.appendingPathComponent("Scripts/bench.py").path,
      "--sizes", "3,4", "--graphs", "8", "--runs", "1", "--limits", "no",
      "--bin", FestdocProcess.binary.deletingLastPathComponent().path,
      "--work", work.url.appendingPathComponent("bench").path,
    ]
    // Into a file, read once the script has exited: reading a pipe while a loaded machine ran the
    // suite once returned the first line alone.
    let tablePath = work.url.appendingPathComponent("table.md")
    FileManager.default.createFile(atPath: tablePath.path, contents: nil)
    let output = try FileHandle(forWritingTo: tablePath)
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try output.close()
    let table = String(decoding: try Data(contentsOf: tablePath), as: UTF8.self)
    #expect(process.terminationStatus == 0)
    #expect(table.contains("| measure | size | median | spread | details |"))
    #expect(table.contains("| festdoc build --jobs 1 | 3 |"))
    #expect(table.contains("| festdoc output --jobs 1 vs all cores | 3 | identical |"))
    #expect(table.contains("| festdoc parse step alone (all cores) | 3 |"))
    #expect(table.contains("| time per page, 4 against 3 components | 4 |"))
    // Crossings are counted after the timed runs; with ../shared beside the project they are numbers.
    let layout = try #require(
      table.split(separator: "\n").first { $0.hasPrefix("| layout: festdoc diagram | 8 |") })
    #expect(layout.hasSuffix(" away from shared nodes) |") && layout.contains(" crossings ("))
    #expect(!layout.contains(".svg"), "the drawing's path is replaced by its count")
  }
}
