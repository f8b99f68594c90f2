import FestivalModel
import Foundation
import SiteBuild
import TestSupport
import Testing

@testable import PageRenderer

/// Element fingerprints come from the values' encodings: equal values give equal fingerprints in any
/// process (a dictionary's order does not count), different values different ones.
@Suite struct EncodedFingerprintTests {
  struct Inner: Codable, Equatable {
    var x: Int
    var b: Int?
  }

  struct Outer: Codable, Equatable {
    var list: [Inner]
    var b: Int?
  }

  enum Shape: Codable, Equatable {
    case circle(radius: Double)
    case box(width: Int8, height: UInt64, label: String?)
    case none
  }

  @Test func containersKeepTheirBounds() {
    // The same keys and numbers in the same order, nested differently.
    let first = Outer(list: [Inner(x: 1, b: nil)], b: 3)
    let second = Outer(list: [Inner(x: 1, b: 3)], b: nil)
    #expect(EncodedFingerprint.of(first) != EncodedFingerprint.of(second))
    #expect(EncodedFingerprint.of(["a", "bc"]) != EncodedFingerprint.of(["ab", "c"]))
    #expect(EncodedFingerprint.of([[1], [2, 3]]) != EncodedFingerprint.of([[1, 2], [3]]))
    #expect(EncodedFingerprint.of("1") != EncodedFingerprint.of(1))
    #expect(EncodedFingerprint.of(Optional<Int>.none) != EncodedFingerprint.of(0))
  }

  @Test func dictionariesCountByContentNotOrder() {
    var forward: [String: Int] = [:]
    var backward: [String: Int] = [:]
    let keys = (0..<200).map { "key \($0)" }
    for (value, key) in keys.enumerated() { forward[key] = value }
    for (value, key) in keys.enumerated().reversed() { backward[key] = value }
    #expect(EncodedFingerprint.of(forward) == EncodedFingerprint.of(backward))
    backward["key 7"] = -1
    #expect(EncodedFingerprint.of(forward) != EncodedFingerprint.of(backward))
  }

  @Test func everyPrimitiveAndEnumCaseEncodes() {
    let shapes: [Shape] = [
      .circle(radius: 1.5), .circle(radius: -1.5), .box(width: 2, height: 3, label: nil),
      .box(width: 2, height: 3, label: "x"), .box(width: 3, height: 2, label: nil), .none,
    ]
    let prints = shapes.map { EncodedFingerprint.of($0) }
    #expect(Set(prints).count == shapes.count)
    #expect(EncodedFingerprint.of(Data([1, 2, 3])) != EncodedFingerprint.of(Data([1, 2, 4])))
    #expect(EncodedFingerprint.of(Float(0.5)) == EncodedFingerprint.of(Float(0.5)))
  }

  /// Every element of the sample contract: two elements have the same fingerprint exactly when they
  /// are equal, and a value decoded from its JSON has its original's.
  @Test func theSampleContractsElementsAreToldApart() throws {
    var context = BuildContext(
      settings: BuildSettings(
        content: SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample"), jobs: 1,
        version: "test"))
    try SiteBuild.run(SiteBuild.checking, &context)
    let contract = try #require(context.model?.festivals.first?.interfaces)
    func check<Element: Codable & Equatable>(_ values: [Element]) throws {
      let prints = values.map { EncodedFingerprint.of($0) }
      for first in values.indices {
        for second in values.indices {
          #expect((values[first] == values[second]) == (prints[first] == prints[second]))
        }
        let copy = try JSONDecoder().decode(Element.self, from: JSONEncoder().encode(values[first]))
        #expect(EncodedFingerprint.of(copy) == prints[first])
      }
    }
    try check(contract.components)
    try check(contract.endpoints)
    try check(contract.entities)
    try check(contract.events)
    try check(contract.queues)
    #expect(contract.components.count > 5 && !contract.endpoints.isEmpty && !contract.entities.isEmpty)
  }
}
