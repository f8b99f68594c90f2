import Diagnostics
import FestivalChecks
import TestSupport
import Testing

@Suite struct RuleTests {
  @Test func theBaseFestivalPassesEveryRule() throws {
    #expect(try findings(Festival.files).map { $0.formatted() } == [])
  }

  @Test(arguments: RuleCase.all)
  func eachRuleFiresOnItsFailingFixtureOnly(_ rule: RuleCase) throws {
    let failing = try findings(rule.failing)
    #expect(failing.contains { $0.rule == rule.rule }, "\(failing.map { $0.formatted() })")
    let passing = try findings(rule.passing)
    #expect(!passing.contains { $0.rule == rule.rule }, "\(passing.map { $0.formatted() })")
  }

  /// Reading a folder root cannot deny can only be tested as a user without rights; CI runs as root.
  static let untestableHere: Set<RuleID> = [.contentUnreadable]

  @Test func everyRuleHasAFailingAndAPassingFixture() {
    let covered = Set(RuleCase.all.map(\.rule))
    for rule in RuleCatalog.all where !Self.untestableHere.contains(rule.id) {
      #expect(covered.contains(rule.id), "rule \(rule.id) has no fixture")
    }
    #expect(covered.isSubset(of: Set(RuleCatalog.all.map(\.id))))
  }

  @Test func theCatalogueListsEveryRuleOnceInItsOrder() {
    #expect(RuleCatalog.all.map(\.id) == RuleID.allCases)
    #expect(RuleCatalog.all.allSatisfy { !$0.summary.isEmpty && $0.id.id.contains(".") })
    #expect(RuleCatalog.rule("links.broken")?.id == .linksBroken)
    #expect(RuleCatalog.rule("links") == nil)
  }

  @Test func flowchartNodesMustNameComponentsOrSystems() throws {
    let diagram =
      "\n```mermaid\nflowchart LR\n  web[Web App] --> orders[Order Servce]\n  orders --> Stripe\n```\n"
    let findings = try findings(
      Festival.contract(
        replacing: "### External System Dependencies", with: diagram + "\n### External System Dependencies"))
    let unknown = findings.filter { $0.rule.id == "names.unknown" }
    #expect(
      unknown.map(\.message) == [
        "flowchart node 'Order Servce' names no component or external system; did you mean 'Order Service'?"
      ])
    #expect(unknown.first?.location?.line == 17)
    #expect(unknown.first?.location?.column == 20)
  }

  @Test func severitiesFollowTheConfigurationAndFlags() {
    let location = SourceLocation(file: "a.md", line: 1, column: 1)
    let findings = [
      Diagnostic(.warning, rule: .namesUnknown, message: "m", at: location),
      Diagnostic(.warning, rule: .linksBroken, message: "m", at: location),
      Diagnostic(.note, rule: .namesPartialMatch, message: "m", at: location),
    ]
    let (policy, problems) = SeverityPolicy.from(
      rules: [
        "names.unknown": "error", "links.broken": "off", "nope": "error", "names.partial-match": "loud",
      ],
      lines: [:], path: "festdoc.yml")
    #expect(policy.apply(findings).map(\.severity) == [.error, .note])
    #expect(problems.map(\.rule.id) == ["config.unknown-rule", "config.unknown-rule"])
    var strict = SeverityPolicy()
    strict.warningsAsErrors = true
    strict.disabled = ["names.unknown"]
    #expect(strict.apply(findings).map(\.severity) == [.error, .note])
  }
}

@Suite struct RuleDocumentationTests {
  @Test func docsRulesListsEveryRule() throws {
    let path = TestSupport.SharedFolder.projectRoot.appendingPathComponent("docs/rules.md").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for rule in RuleCatalog.all {
      #expect(text.contains("| `\(rule.id)` | \(rule.severity.rawValue) |"), "docs/rules.md lacks \(rule.id)")
    }
  }
}

@Suite struct SequenceRuleTests {
  @Test func sequenceParticipantsAndBrokenSequenceDiagrams() throws {
    let diagram =
      "\n```mermaid\nsequenceDiagram\n  actor U as User\n  participant W as Web App\n  participant X as Ordr Service\n  U->>W: hi\n```\n"
    let found = try findings(
      Festival.contract(
        replacing: "### External System Dependencies", with: diagram + "\n### External System Dependencies"))
    let unknown = found.filter { $0.rule.id == "names.unknown" }.map(\.message)
    #expect(
      unknown == [
        "sequence participant 'Ordr Service' names no component or external system; did you mean 'Order Service'?"
      ])
    let broken = try findings(
      Festival.with(["shop/FESTIVAL_RULES.md": "# R\n\n```mermaid\nsequenceDiagram\nloop x\nA->>B: y\n```\n"])
    )
    #expect(broken.contains { $0.rule.id == "diagrams.parse" && $0.message.contains("sequence diagram") })
  }
}

/// What fest-era authors write that is not a mistake, and a template left whole.
@Suite struct FestEraRuleTests {
  @Test func placeholdersQuotedAsCodeAreExamplesNotBlanks() throws {
    let found = try findings(
      Festival.with([
        "shop/notes.md": "# Notes\n\nFill every `[REPLACE: ...]` and `{{name}}` before review.\n"
      ]))
    #expect(!found.contains { $0.rule.id == "placeholders.left" })
  }

  @Test func aDocumentStillItsTemplateIsOneFindingWithItsLines() throws {
    let blanks = (1...7).map { "- [ ] [REPLACE: deliverable \($0)]" }.joined(separator: "\n")
    let found = try findings(
      Festival.with(["shop/notes.md": "# Notes\n\n## Deliverables\n\n" + blanks + "\n"])
    )
    .filter { $0.rule.id == "placeholders.left" }
    #expect(found.count == 1)
    #expect(found.first?.message.hasPrefix("7 placeholders are not filled in") == true)
    #expect(found.first?.location?.line == 5)
  }

  @Test func sequenceNamesMayStartWithADigitAfterTheirNumber() throws {
    let task = Festival.files["shop/001_PLAN/01_scope/01_define.md"]!
    let found = try findings(
      Festival.with([
        "shop/001_PLAN/01_scope/01_define.md": nil, "shop/001_PLAN/01_0g_scope/01_define.md": task,
      ]))
    #expect(!found.contains { $0.rule.id == "structure.sequence-name" })
  }

  @Test func noStatusDisagreementWhereFestsEventsDecide() throws {
    let files = RuleCase.festLog(RuleCase.taskEvent).merging([
      // Its front matter and boxes disagree (the rule's failing fixture), but an event names the task.
      "shop/001_PLAN/01_scope/01_define.md":
        "---\nfest_status: completed\n---\n# D\n\n## Deliverables\n\n- [ ] Scope\n"
    ]) { _, new in new }
    #expect(!(try findings(files)).contains { $0.rule.id == "frontmatter.status-disagrees" })
  }
}
