import ContentReader
import FestivalChecks
import FestivalModel
import Foundation
import PageRenderer
import SiteBuild
import SitePlan
import TestSupport
import Testing

/// A contract mangled at random still goes through every stage: read, model, checks, plan, render.
@Suite struct PipelineRobustnessTests {
  static let rounds = Int(ProcessInfo.processInfo.environment["FESTDOC_STRESS_ROUNDS"] ?? "") ?? 12

  @Test func mangledContractsNeverCrash() throws {
    try withHangGuard("mangled contracts through every step") { try buildMangledContracts() }
  }

  private func buildMangledContracts() throws {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample")
    let inventory = try ContentReader.read(root: root)
    let festival = try #require(inventory.festivals.first)
    let original = try #require(festival.rootDocument(named: "COMMON_INTERFACES.md"))
    var random = SeededRandom(seed: 7)
    let alphabet = Array("|-[](){}<>`*_#:\n \\\"&!x")
    for round in 0..<Self.rounds {
      var characters = Array(original.text)
      for _ in 0..<Int.random(in: 5...80, using: &random) {
        let index = Int.random(in: 0..<characters.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: characters.remove(at: index)
        case 1: characters.insert(alphabet.randomElement(using: &random)!, at: index)
        default: characters[index] = alphabet.randomElement(using: &random)!
        }
      }
      var mangled = inventory
      var tree = festival
      tree.documents = tree.documents.map {
        $0.path == original.path ? ContentFile(path: $0.path, text: String(characters)) : $0
      }
      mangled.festivals = [tree]
      // Every fourth round goes on to render; the others stop where `festdoc check` does.
      var build = BuildContext(
        settings: BuildSettings(content: root, jobs: 2, version: "t"), inventory: mangled)
      try SiteBuild.run(
        round % 4 == 0 ? SiteBuild.fromInventory : SiteBuild.fromInventory.filter { $0.name != "render" },
        &build)
      #expect(build.resolved != nil)
      if round % 4 == 0 { #expect(build.rendered?.files.isEmpty == false) }
    }
  }
}
