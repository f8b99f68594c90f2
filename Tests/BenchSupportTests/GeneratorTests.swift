import BenchSupport
import ContentReader
import FestivalChecks
import FestivalModel
import Foundation
import TestSupport
import Testing

/// A tiny size of the benchmark inputs, so the harness cannot rot.
@Suite struct GeneratorTests {
  @Test func aSmallGeneratedFestivalReadsCleanly() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try FestivalGenerator(components: 12, seed: 3).write(to: folder.url)
    let model = FestivalModelBuilder.build(try ContentReader.read(root: folder.url))
    let contract = try #require(model.festivals.first?.interfaces)
    #expect(contract.components.count == 12)
    #expect(contract.endpoints.count == 12)
    #expect(contract.events.count == 6)
    #expect(contract.queues.count == 3)
    #expect(contract.authorization?.rows.count == 2)
    let findings = (model.diagnostics + FestivalChecks.run(model)).filter { $0.severity != .note }
    #expect(findings.map { $0.formatted() } == [])
  }

  @Test func generationIsDeterministic() {
    #expect(
      FestivalGenerator(components: 30, seed: 9).files() == FestivalGenerator(components: 30, seed: 9).files()
    )
    #expect(GraphGenerator(nodes: 50, seed: 2).dot() == GraphGenerator(nodes: 50, seed: 2).dot())
    #expect(GraphGenerator(nodes: 50, seed: 2).edges().count >= 49)
  }

  /// At 10,000 components there are more than 99 sequences' worth of tasks; numbering stays `NN_name`.
  @Test func largeFestivalsKeepTwoDigitSequencesAndTasks() {
    let paths = FestivalGenerator(components: 10_000, seed: 1).files().keys.filter { $0.hasSuffix(".md") }
    let numbered = paths.flatMap { $0.split(separator: "/").dropFirst(2) }.filter {
      $0.first?.isNumber == true
    }
    #expect(!numbered.isEmpty)
    #expect(numbered.allSatisfy { name in name.prefix(while: \.isNumber).count == 2 })
    #expect(paths.filter { $0.hasSuffix("_task_11.md") }.count == 4 * 99)
  }
}
