import ContractDiff
import Foundation
import Testing

/// Every rule has a fixture pair (the base contract and the base with its patch) that reports exactly
/// that rule, at the rule's severity.
@Suite struct RuleFixtureTests {
  @Test(arguments: DiffRule.allCases)
  func fixtureReportsItsRule(_ rule: DiffRule) throws {
    let patch = try DiffFixtures.patch(rule.id)
    let base = try DiffFixtures.base
    let changed = try patch.apply(to: base)
    let diff = DiffFixtures.diff(old: base, new: changed)
    let rules = Set(diff.changes.map(\.rule.id))
    #expect(rules == Set(patch.expected), "\(diff.changes.map { "\($0.rule.id): \($0.summary)" })")
    #expect(diff.changes.allSatisfy { $0.severity == $0.rule.severity })
    #expect(patch.expected.contains(rule.id))
  }

  @Test func theSameContractOnBothSidesHasNoChange() throws {
    let base = try DiffFixtures.base
    let diff = DiffFixtures.diff(old: base, new: base)
    #expect(diff.changes.isEmpty)
    #expect(diff.worst == nil)
    #expect(!diff.reaches(.risky))
  }

  @Test func everyRuleIsDocumented() throws {
    let docs = try String(
      contentsOf: DiffFixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/diff-rules.md"), encoding: .utf8)
    for rule in DiffRule.allCases {
      #expect(docs.contains("`\(rule.id)`"), "docs/diff-rules.md does not name \(rule.id)")
      #expect(
        docs.contains("`\(rule.id)` | \(rule.severity.rawValue)"),
        "\(rule.id) has another severity in the docs")
    }
  }

  @Test func severitiesFollowTheIssue() {
    // The rules the change control process names, at the severity it gives them.
    let breaking: [DiffRule] = [
      .operationRemoved, .endpointRemoved, .eventRemoved, .fieldRemoved, .fieldMadeRequired,
      .fieldTypeChanged,
      .endpointMoved, .authorizationNarrowed, .eventGuaranteeWeakened,
    ]
    #expect(breaking.allSatisfy { $0.severity == .breaking })
    #expect(DiffRule.performanceRelaxed.severity == .risky)
    #expect(DiffRule.operationSLARelaxed.severity == .risky)
    #expect(DiffRule.fieldAddedOptional.severity == .compatible)
  }
}
