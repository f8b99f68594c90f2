import Diagrams
import FestivalModel
import Testing

/// One failing and one passing content folder for a rule.
struct RuleCase: CustomTestStringConvertible, Sendable {
  var rule: String
  var failing: [String: String]
  var passing: [String: String]

  var testDescription: String { rule }
}

extension RuleCase {
  static let shop = Festival.files

  static let all: [RuleCase] =
    [
      RuleCase(
        rule: "content.not-text", failing: Festival.with(["shop/notes.md": "# a\0b"]),
        passing: Festival.with(["shop/notes.md": "# a b"])),
      RuleCase(
        rule: "content.too-large",
        failing: Festival.with(["shop/huge.md": String(repeating: "x", count: 16 * 1024 * 1024 + 1)]),
        passing: Festival.with(["shop/huge.md": String(repeating: "x", count: 1024)])),
      RuleCase(
        rule: "content.link-outside", failing: Festival.with(["shop/leak.md": "@link:/etc/hostname"]),
        passing: Festival.with(["shop/alias.md": "@link:shop/FESTIVAL_RULES.md"])),
      RuleCase(
        rule: "limits.table-rows",
        failing: Festival.contract(
          replacing: "| Completeness | All components | [x] |\n",
          with: (0...ContractLimits.tableRows).map { "| Area \($0) | Criterion | [x] |\n" }.joined()),
        passing: shop),
      RuleCase(
        rule: "limits.diagram-size",
        failing: Festival.with([
          "shop/FESTIVAL_RULES.md": "# Rules\n\n```mermaid\nflowchart LR\n"
            + (0..<DiagramLimits.flowchartNodes).map { "  n\($0) --> n\($0 + 1)\n" }.joined() + "```\n"
        ]),
        passing: Festival.with([
          "shop/FESTIVAL_RULES.md": "# Rules\n\n```mermaid\nflowchart LR\n  a --> b\n```\n"
        ])),
      RuleCase(
        rule: "content.linked-folder", failing: Festival.with(["shop/again": "@link:shop/001_PLAN"]),
        passing: shop),
      RuleCase(
        rule: "frontmatter.invalid-yaml",
        failing: Festival.with(["shop/FESTIVAL_RULES.md": "---\nstatus: [open\n---\n# Rules\n"]),
        passing: Festival.with(["shop/FESTIVAL_RULES.md": "---\nstatus: active\n---\n# Rules\n"])),
      RuleCase(
        rule: "frontmatter.not-a-mapping",
        failing: Festival.with(["shop/FESTIVAL_RULES.md": "---\n- a\n- b\n---\n# Rules\n"]), passing: shop),
      RuleCase(
        rule: "frontmatter.unknown-status",
        failing: Festival.with(["shop/FESTIVAL_RULES.md": "---\nfest_status: parked\n---\n# Rules\n"]),
        passing: Festival.with(["shop/FESTIVAL_RULES.md": "---\nfest_status: complete\n---\n# Rules\n"])),
      RuleCase(
        rule: "frontmatter.status-disagrees",
        failing: Festival.with([
          "shop/001_PLAN/01_scope/01_define.md":
            "---\nfest_status: completed\n---\n# D\n\n## Deliverables\n\n- [ ] Scope\n"
        ]), passing: shop),
      RuleCase(
        rule: "placeholders.left",
        failing: Festival.contract(replacing: "| Cards |", with: "| [REPLACE: purpose] |"),
        passing: shop),
      RuleCase(
        rule: "placeholders.template-row",
        failing: Festival.contract(
          replacing: "|---|---|---|---|\n| Web App",
          with: "|---|---|---|---|\n| [Component Name] | [What it does] | [Tech] | [Needs] |\n| Web App"),
        passing: shop),
      RuleCase(
        rule: "interface.unfilled-template",
        failing: Festival.contract(
          replacing: "# Common Interfaces: Shop\n\n**Current Status**: DRAFT",
          with: "# Common Interfaces: [Festival Name]"),
        passing: shop),
      RuleCase(
        rule: "names.unknown",
        failing: Festival.contract(replacing: "| React | Order Service |", with: "| React | Ordr Servce |"),
        passing: shop),
      RuleCase(
        rule: "names.partial-match",
        failing: Festival.contract(replacing: "| React | Order Service |", with: "| React | Order |"),
        passing: shop),
      RuleCase(
        rule: "values.not-understood",
        failing: Festival.contract(replacing: "**HTTP Method**: POST", with: "**HTTP Method**: SEND"),
        passing: shop),
      RuleCase(
        rule: "tables.missing-column",
        failing: Festival.contract(
          replacing:
            "| Queue Name | Purpose | Message Format | Consumer Count | Dead Letter Queue |\n|---|---|---|---|---|\n| orders.placed | Orders to fulfil | JSON | 2 workers | After 3 retries |",
          with:
            "| Queue Name | Message Format | Dead Letter Queue |\n|---|---|---|\n| orders.placed | JSON | After 3 retries |"
        ),
        passing: shop),
      RuleCase(
        rule: "contract.component-without-interface",
        failing: Festival.contract(replacing: "#### Order Service Interface", with: "#### Ordering"),
        passing: shop),
      RuleCase(
        rule: "contract.operation-without-errors",
        failing: Festival.contract(replacing: "| Card declined |", with: "| |"),
        passing: shop),
      RuleCase(
        rule: "contract.endpoint-without-error-response",
        failing: Festival.contract(replacing: "| 402 | application/json | Error | Declined |\n", with: ""),
        passing: shop),
      RuleCase(
        rule: "contract.event-without-subscribers",
        failing: Festival.contract(
          replacing: "| Order Service | Web App | Order stored |",
          with: "| Order Service | none | Order stored |"),
        passing: shop),
      RuleCase(
        rule: "contract.queue-without-dead-letter",
        failing: Festival.contract(replacing: "| 2 workers | After 3 retries |", with: "| 2 workers | - |"),
        passing: shop),
      RuleCase(
        rule: "authorization.unreachable-resource",
        failing: Festival.contract(
          replacing: "| Order | Own: read, create | All: read/write |", with: "| Order | None | None |"),
        passing: shop),
      RuleCase(
        rule: "authorization.empty-role",
        failing: Festival.contract(replacing: "| Order | Own: read, create |", with: "| Order | None |"),
        passing: shop),
      RuleCase(
        rule: "authorization.write-without-read",
        failing: Festival.contract(
          replacing: "| Order | Own: read, create |", with: "| Order | Own: update |"),
        passing: shop),
      RuleCase(
        rule: "duplicates.name",
        failing: Festival.contract(
          replacing: "| Order Service | Orders | Go | Stripe |",
          with: "| Order Service | Orders | Go | Stripe |\n| order-service | Again | Go | - |"),
        passing: shop),
      RuleCase(
        rule: "review.finalized-incomplete",
        failing: Festival.contract(
          replacing: "**Current Status**: DRAFT", with: "**Current Status**: FINALIZED"
        )
        .mapValues { $0.replacingOccurrences(of: "All components | [x]", with: "All components | [ ]") },
        passing: Festival.contract(
          replacing: "**Current Status**: DRAFT", with: "**Current Status**: FINALIZED")),
      RuleCase(
        rule: "diagrams.parse",
        failing: Festival.with([
          "shop/FESTIVAL_RULES.md": "# Rules\n\n```mermaid\ngraph TD\nA[oops --> B\n```\n"
        ]),
        passing: Festival.with([
          "shop/FESTIVAL_RULES.md": "# Rules\n\n```mermaid\ngraph TD\nA[fine] --> B\n```\n"
        ])),
      RuleCase(
        rule: "links.broken",
        failing: Festival.with([
          "shop/FESTIVAL_OVERVIEW.md": "# Overview\n\nSee the [contract](INTERFACES.md).\n"
        ]),
        passing: shop),
      RuleCase(
        rule: "links.unsafe",
        failing: Festival.with(["shop/FESTIVAL_OVERVIEW.md": "# Overview\n\n[Click](javascript:alert(1))\n"]),
        passing: shop),
      RuleCase(
        rule: "structure.phase-name",
        failing: Festival.with([
          "shop/001_PLAN/01_scope/01_define.md": nil,
          "shop/001_plan/01_scope/01_define.md": Festival.files["shop/001_PLAN/01_scope/01_define.md"]!,
        ]), passing: shop),
      RuleCase(
        rule: "structure.sequence-name",
        failing: Festival.with([
          "shop/001_PLAN/01_scope/01_define.md": nil,
          "shop/001_PLAN/01_Scope/01_define.md": Festival.files["shop/001_PLAN/01_scope/01_define.md"]!,
        ]), passing: shop),
      RuleCase(
        rule: "structure.task-name",
        failing: Festival.with([
          "shop/001_PLAN/01_scope/01_define.md": nil,
          "shop/001_PLAN/01_scope/01_Define-It.md": Festival.files["shop/001_PLAN/01_scope/01_define.md"]!,
        ]), passing: shop),
      RuleCase(
        rule: "structure.numbering-gap",
        failing: Festival.with(["shop/003_BUILD/01_core/01_code.md": "# Code\n"]),
        passing: Festival.with(["shop/002_BUILD/01_core/01_code.md": "# Code\n"])),
      RuleCase(
        rule: "structure.missing-document", failing: Festival.with(["shop/FESTIVAL_RULES.md": nil]),
        passing: shop),
      RuleCase(
        rule: "structure.missing-goal", failing: Festival.with(["shop/fest.yaml": "name: Shop\n"]),
        passing: Festival.with([
          "shop/fest.yaml": "name: Shop\n", "shop/001_PLAN/PHASE_GOAL.md": "# Goal\n",
          "shop/001_PLAN/01_scope/SEQUENCE_GOAL.md": "# Goal\n",
        ])),
      RuleCase(
        rule: "config.invalid-yaml", failing: Festival.with(["festdoc.yml": "title: [oops\n"]),
        passing: Festival.with(["festdoc.yml": "title: Contracts\n"])),
      RuleCase(
        rule: "config.unknown-rule",
        failing: Festival.with(["festdoc.yml": "rules:\n  names.unkown: error\n"]),
        passing: Festival.with(["festdoc.yml": "rules:\n  names.unknown: error\n"])),
    ] + festState

  /// A fest-era shop with fest's event log holding `events`.
  static func festLog(_ events: String) -> [String: String] {
    Festival.with(["shop/fest.yaml": "metadata:\n  id: SH0001\n", "shop/.fest/progress_events.jsonl": events])
  }

  static let taskEvent =
    #"{"ts":"2026-11-01T10:00:00Z","event":"completed","task":"001_PLAN/01_scope/01_define.md"}"#

  static let festState: [RuleCase] = [
    RuleCase(
      rule: "fest.event-malformed", failing: festLog(taskEvent + "\n{not json\n"),
      passing: festLog(taskEvent + "\n\n")),
    RuleCase(
      rule: "fest.event-unknown",
      failing: festLog(#"{"event":"teleported","task":"001_PLAN/01_scope/01_define.md"}"#),
      passing: festLog(taskEvent)),
    RuleCase(
      rule: "fest.event-unknown-task",
      failing: festLog(#"{"event":"completed","task":"001_PLAN/01_scope/09_renamed.md"}"#),
      passing: festLog(#"{"event":"completed","task":"01_define.md"}"#)),
    RuleCase(
      rule: "fest.history-malformed",
      failing: Festival.with([
        "shop/fest.yaml": "metadata:\n  id: SH0001\n", "shop/.fest/status_history.json": "{oops",
      ]),
      passing: Festival.with([
        "shop/fest.yaml": "metadata:\n  id: SH0001\n",
        "shop/.fest/status_history.json":
          #"[{"timestamp":"2026-11-01T10:00:00Z","from_status":"planning","to_status":"active"}]"#,
      ])),
    RuleCase(
      rule: "fest.status-history",
      failing: [
        "festivals/active/shop-SH0001/FESTIVAL_OVERVIEW.md": "# Shop\n",
        "festivals/active/shop-SH0001/fest.yaml": "metadata:\n  status_history:\n    - status: completed\n",
      ],
      passing: [
        "festivals/active/shop-SH0001/FESTIVAL_OVERVIEW.md": "# Shop\n",
        "festivals/active/shop-SH0001/fest.yaml": "metadata:\n  status_history:\n    - status: active\n",
      ]),
    RuleCase(
      rule: "placeholders.gate-template",
      failing: Festival.with([
        "shop/001_PLAN/01_scope/02_testing.md":
          "---\nfest_type: gate\n---\n# Testing\n\n## Checklist\n\n- [ ] [REPLACE: what must pass]\n"
      ]),
      passing: Festival.with([
        "shop/001_PLAN/01_scope/02_testing.md":
          "---\nfest_type: gate\n---\n# Testing\n\n## Checklist\n\n- [ ] The suite passes\n"
      ])),
  ]
}
