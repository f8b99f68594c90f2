import CIFormats
import ContentReader
import ContractDiff
import Diagnostics
import FestivalModel
import Foundation
import TestSupport
import Testing

/// Fingerprints name a finding, not the lines it stands on: they survive moved lines and edits elsewhere.
@Suite struct FingerprintTests {
  static let base = SharedFolder.projectRoot.appendingPathComponent(
    "Tests/Fixtures/diff/base/COMMON_INTERFACES.md")

  static func model(_ text: String) -> ContentModel {
    FestivalModelBuilder.build(ContentReader.read(files: ["COMMON_INTERFACES.md": Data(text.utf8)]))
  }

  @Test func changeFingerprintsSurviveMovedLinesAndUnrelatedEdits() throws {
    let old = try String(contentsOf: Self.base, encoding: .utf8)
    let relaxed = old.replacingOccurrences(
      of: "| Stripe | Card payments and refunds | HTTPS/REST | 99.99% uptime, <1s response |",
      with: "| Stripe | Card payments and refunds | HTTPS/REST | 99.9% uptime, <1s response |")
    #expect(relaxed != old)
    // The same change, with a paragraph added above it and another row edited.
    let moved = relaxed.replacingOccurrences(
      of: "## Purpose", with: "## Purpose\n\nA new paragraph.\n\nAnd another one.\n"
    ).replacingOccurrences(of: "SMS delivery notices", with: "SMS and voice delivery notices")
    let first = Finding.changes(ContentDiff.compare(old: Self.model(old), new: Self.model(relaxed)))
    let second = Finding.changes(ContentDiff.compare(old: Self.model(old), new: Self.model(moved)))
    let relaxation = try #require(first.first { $0.rule == "external-system.sla-relaxed" })
    let again = try #require(second.first { $0.rule == "external-system.sla-relaxed" })
    #expect(relaxation.location?.line != again.location?.line)
    #expect(relaxation.fingerprint == again.fingerprint)
    #expect(second.count == first.count + 1)
    #expect(Set(second.map(\.fingerprint)).count == second.count)
  }

  @Test func checkFingerprintsIgnorePlacesAndLineReferences() {
    func finding(_ file: String, line: Int, _ message: String, rule: RuleID = .duplicatesName) -> Finding {
      Finding(
        Diagnostic(
          .warning, rule: rule, message: message, at: SourceLocation(file: file, line: line, column: 3)))
    }
    let original = finding("a.md", line: 10, "entity 'Order' is defined twice (first at line 4)")
    #expect(
      original.fingerprint
        == finding("a.md", line: 30, "entity  'Order' is defined twice (first at line 9)").fingerprint)
    #expect(
      original.fingerprint
        != finding("b.md", line: 10, "entity 'Order' is defined twice (first at line 4)").fingerprint)
    #expect(
      original.fingerprint
        != finding("a.md", line: 10, "entity 'Line' is defined twice (first at line 4)").fingerprint)
    #expect(
      original.fingerprint
        != finding("a.md", line: 10, "entity 'Order' is defined twice (first at line 4)", rule: .namesUnknown)
        .fingerprint)
    #expect(original.fingerprint.count == 32 && original.fingerprint.allSatisfy(\.isHexDigit))
  }

  @Test func aBaselineHoldsEachFindingOnce() throws {
    let finding = Finding(
      rule: "links.broken", level: .warning, message: "x", location: nil, subject: "a.md", fingerprint: "f1")
    let other = Finding(
      rule: "links.broken", level: .warning, message: "y", location: nil, subject: "a.md", fingerprint: "f2")
    let baseline = try Baseline(decoding: Baseline([finding, other]).encoded())
    #expect(baseline.isNew([other, finding, finding]) == [false, false, true])
    let text = String(decoding: try baseline.encoded(), as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"festdoc-baseline\" : 1,"))
    #expect(try Baseline([other, finding]).encoded() == Baseline([finding, other]).encoded())
  }
}
