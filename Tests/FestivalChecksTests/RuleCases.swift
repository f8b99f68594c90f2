import Diagnostics
import Diagrams
import FestivalModel
import Testing

/// One failing and one passing content folder for a rule.
struct RuleCase: CustomTestStringConvertible, Sendable {
  var rule: RuleID
  var failing: [String: String]
  var passing: [String: String]

  var testDescription: String { rule.id }
}

extension RuleCase {
  static let shop = Festival.files

  static let all: [RuleCase] =
    [
      RuleCase(
        rule: .contentNotText, failing: Festival.with(["shop/notes.md": "# a\0b"]),
        passing: Festival.with(["shop/notes.md": "# a b"])),
      RuleCase(
        rule: .contentTooLarge,
        failing: Festival.with(["shop/huge.md": String(repeating: "x", count: 16 * 1024 * 1024 + 1)]),
        passing: Festival.with(["shop/huge.md": String(repeating: "x", count: 1024)])),
      RuleCase(
        rule: .contentLinkOutside, failing: Festival.with(["shop/leak.md": "@link:/etc/hostname"]),
        passing: Festival.with(["shop/alias.md": "@link:shop/FESTIVAL_RULES.md"])),
      RuleCase(
        rule: .limitsTableRows,
        failing: Festival.contract(
          replacing: "| Completeness | All components | [x] |\n",
          with: (0...ContractLimits.tableRows).map { "| Area \($0) | Criterion | [x] |\n" }.joined()),
        passing: shop),
      RuleCase(
        rule: .limitsDiagramSize,
        failing: Festival.with([
          "shop/FESTIVAL_RULES.md": "# Rules\n\n```mermaid\nflowchart LR\n"
            + (0..<DiagramLimits.flowchartNodes).map { "  n\($0) --> n\($0 + 1)\n" }.joined() + "```\n"
        ]),
        passing: Festival.with([
          "shop/FESTIVAL_RULES.md": "# Rules\n\n```mermaid\nflowchart LR\n  a --> b\n```\n"
        ])),
      RuleCase(
        rule: .contentLinkedFolder, failing: Festival.with(["shop/again": "@link:shop/001_PLAN"]),
        passing: shop),
      RuleCase(
        rule: .frontmatterInvalidYaml,
        failing: Festival.with(["shop/FESTIVAL_RULES.md": "---\nstatus: [open\n---\n# Rules\n"]),
        passing: Festival.with(["shop/FESTIVAL_RULES.md": "---\nstatus: active\n---\n# Rules\n"])),
      RuleCase(
        rule: .frontmatterNotAMapping,
        failing: Festival.with(["shop/FESTIVAL_RULES.md": "---\n- a\n- b\n---\n# Rules\n"]), passing: shop),
      RuleCase(
        rule: .frontmatterUnknownStatus,
        failing: Festival.with(["shop/FESTIVAL_RULES.md": "---\nfest_status: parked\n---\n# Rules\n"]),
        passing: Festival.with(["shop/FESTIVAL_RULES.md": "---\nfest_status: complete\n---\n# Rules\n"])),
      RuleCase(
        rule: .frontmatterStatusDisagrees,
        failing: Festival.with([
          "shop/001_PLAN/01_scope/01_define.md":
            "---\nfest_status: completed\n---\n# D\n\n## Deliverables\n\n- [ ] Scope\n"
        ]), passing: shop),
      RuleCase(
        rule: .placeholdersLeft,
        failing: Festival.contract(replacing: "| Cards |", with: "| [REPLACE: purpose] |"),
        passing: shop),
      RuleCase(
        rule: .placeholdersTemplateRow,
        failing: Festival.contract(
          replacing: "|---|---|---|---|\n| Web App",
          with: "|---|---|---|---|\n| [Component Name] | [What it does] | [Tech] | [Needs] |\n| Web App"),
        passing: shop),
      RuleCase(
        rule: .interfaceUnfilledTemplate,
        failing: Festival.contract(
          replacing: "# Common Interfaces: Shop\n\n**Current Status**: DRAFT",
          with: "# Common Interfaces: [Festival Name]"),
        passing: shop),
      RuleCase(
        rule: .namesUnknown,
        failing: Festival.contract(replacing: "| React | Order Service |", with: "| React | Ordr Servce |"),
        passing: shop),
      RuleCase(
        rule: .namesPartialMatch,
        failing: Festival.contract(replacing: "| React | Order Service |", with: "| React | Order |"),
        passing: shop),
      RuleCase(
        rule: .valuesNotUnderstood,
        failing: Festival.contract(replacing: "**HTTP Method**: POST", with: "**HTTP Method**: SEND"),
        passing: shop),
      RuleCase(
        rule: .tablesMissingColumn,
        failing: Festival.contract(
          replacing:
            "| Queue Name | Purpose | Message Format | Consumer Count | Dead Letter Queue |\n|---|---|---|---|---|\n| orders.placed | Orders to fulfil | JSON | 2 workers | After 3 retries |",
          with:
            "| Queue Name | Message Format | Dead Letter Queue |\n|---|---|---|\n| orders.placed | JSON | After 3 retries |"
        ),
        passing: shop),
      RuleCase(
        rule: .contractComponentWithoutInterface,
        failing: Festival.contract(replacing: "#### Order Service Interface", with: "#### Ordering"),
        passing: shop),
      RuleCase(
        rule: .contractOperationWithoutErrors,
        failing: Festival.contract(replacing: "| Card declined |", with: "| |"),
        passing: shop),
      RuleCase(
        rule: .contractEndpointWithoutErrorResponse,
        failing: Festival.contract(replacing: "| 402 | application/json | Error | Declined |\n", with: ""),
        passing: shop),
      RuleCase(
        rule: .contractEventWithoutSubscribers,
        failing: Festival.contract(
          replacing: "| Order Service | Web App | Order stored |",
          with: "| Order Service | none | Order stored |"),
        passing: shop),
      RuleCase(
        rule: .contractQueueWithoutDeadLetter,
        failing: Festival.contract(replacing: "| 2 workers | After 3 retries |", with: "| 2 workers | - |"),
        passing: shop),
      RuleCase(
        rule: .authorizationUnreachableResource,
        failing: Festival.contract(
          replacing: "| Order | Own: read, create | All: read/write |", with: "| Order | None | None |"),
        passing: shop),
      RuleCase(
        rule: .authorizationEmptyRole,
        failing: Festival.contract(replacing: "| Order | Own: read, create |", with: "| Order | None |"),
        passing: shop),
      RuleCase(
        rule: .authorizationWriteWithoutRead,
        failing: Festival.contract(
          replacing: "| Order | Own: read, create |", with: "| Order | Own: update |"),
        passing: shop),
      RuleCase(
        rule: .duplicatesName,
        failing: Festival.contract(
          replacing: "| Order Service | Orders | Go | Stripe |",
          with: "| Order Service | Orders | Go | Stripe |\n| order-service | Again | Go | - |"),
        passing: shop),
      RuleCase(
        rule: .reviewFinalizedIncomplete,
        failing: Festival.contract(
          replacing: "**Current Status**: DRAFT", with: "**Current Status**: FINALIZED"
        )
        .mapValues { $0.replacingOccurrences(of: "All components | [x]", with: "All components | [ ]") },
        passing: Festival.contract(
          replacing: "**Current Status**: DRAFT", with: "**Current Status**: FINALIZED")),
      RuleCase(
        rule: .diagramsParse,
        failing: Festival.with([
          "shop/FESTIVAL_RULES.md": "# Rules\n\n```mermaid\ngraph TD\nA[oops --> B\n```\n"
        ]),
        passing: Festival.with([
          "shop/FESTIVAL_RULES.md": "# Rules\n\n```mermaid\ngraph TD\nA[fine] --> B\n```\n"
        ])),
      RuleCase(
        rule: .diagramsUnsupported,
        failing: Festival.with([
          "shop/FESTIVAL_RULES.md":
            "# Rules\n\n```mermaid\ngantt\n  title Plan\n  section A\n  Task :a1, 2026-01-01, 3d\n```\n"
        ]),
        passing: Festival.with([
          "shop/FESTIVAL_RULES.md": "# Rules\n\n```mermaid\nerDiagram\n  ORDER ||--|{ LINE : holds\n```\n"
        ])),
      RuleCase(
        rule: .linksBroken,
        failing: Festival.with([
          "shop/FESTIVAL_OVERVIEW.md": "# Overview\n\nSee the [contract](INTERFACES.md).\n"
        ]),
        passing: shop),
      RuleCase(
        rule: .linksUnsafe,
        failing: Festival.with(["shop/FESTIVAL_OVERVIEW.md": "# Overview\n\n[Click](javascript:alert(1))\n"]),
        passing: shop),
      RuleCase(
        rule: .structurePhaseName,
        failing: Festival.with([
          "shop/001_PLAN/01_scope/01_define.md": nil,
          "shop/001_plan/01_scope/01_define.md": Festival.files["shop/001_PLAN/01_scope/01_define.md"]!,
        ]), passing: shop),
      RuleCase(
        rule: .structureSequenceName,
        failing: Festival.with([
          "shop/001_PLAN/01_scope/01_define.md": nil,
          "shop/001_PLAN/01_Scope/01_define.md": Festival.files["shop/001_PLAN/01_scope/01_define.md"]!,
        ]), passing: shop),
      RuleCase(
        rule: .structureTaskName,
        failing: Festival.with([
          "shop/001_PLAN/01_scope/01_define.md": nil,
          "shop/001_PLAN/01_scope/01_Define-It.md": Festival.files["shop/001_PLAN/01_scope/01_define.md"]!,
        ]), passing: shop),
      RuleCase(
        rule: .structureNumberingGap,
        failing: Festival.with(["shop/003_BUILD/01_core/01_code.md": "# Code\n"]),
        passing: Festival.with(["shop/002_BUILD/01_core/01_code.md": "# Code\n"])),
      RuleCase(
        rule: .structureMissingDocument, failing: Festival.with(["shop/FESTIVAL_RULES.md": nil]),
        passing: shop),
      RuleCase(
        rule: .structureMissingGoal, failing: Festival.with(["shop/fest.yaml": "name: Shop\n"]),
        passing: Festival.with([
          "shop/fest.yaml": "name: Shop\n", "shop/001_PLAN/PHASE_GOAL.md": "# Goal\n",
          "shop/001_PLAN/01_scope/SEQUENCE_GOAL.md": "# Goal\n",
        ])),
      RuleCase(
        rule: .configInvalidYaml, failing: Festival.with(["festdoc.yml": "title: [oops\n"]),
        passing: Festival.with(["festdoc.yml": "title: Contracts\n"])),
      RuleCase(
        rule: .configUnknownRule,
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
      rule: .festEventMalformed, failing: festLog(taskEvent + "\n{not json\n"),
      passing: festLog(taskEvent + "\n\n")),
    RuleCase(
      rule: .festEventUnknown,
      failing: festLog(#"{"event":"teleported","task":"001_PLAN/01_scope/01_define.md"}"#),
      passing: festLog(taskEvent)),
    RuleCase(
      rule: .festEventUnknownTask,
      failing: festLog(#"{"event":"completed","task":"001_PLAN/01_scope/09_renamed.md"}"#),
      passing: festLog(#"{"event":"completed","task":"01_define.md"}"#)),
    RuleCase(
      rule: .festHistoryMalformed,
      failing: Festival.with([
        "shop/fest.yaml": "metadata:\n  id: SH0001\n", "shop/.fest/status_history.json": "{oops",
      ]),
      passing: Festival.with([
        "shop/fest.yaml": "metadata:\n  id: SH0001\n",
        "shop/.fest/status_history.json":
          #"[{"timestamp":"2026-11-01T10:00:00Z","from_status":"planning","to_status":"active"}]"#,
      ])),
    RuleCase(
      rule: .festStatusHistory,
      failing: [
        "festivals/active/shop-SH0001/FESTIVAL_OVERVIEW.md": "# Shop\n",
        "festivals/active/shop-SH0001/fest.yaml": "metadata:\n  status_history:\n    - status: completed\n",
      ],
      passing: [
        "festivals/active/shop-SH0001/FESTIVAL_OVERVIEW.md": "# Shop\n",
        "festivals/active/shop-SH0001/fest.yaml": "metadata:\n  status_history:\n    - status: active\n",
      ]),
    RuleCase(
      rule: .placeholdersGateTemplate,
      failing: Festival.with([
        "shop/001_PLAN/01_scope/02_testing.md":
          "---\nfest_type: gate\n---\n# Testing\n\n## Checklist\n\n- [ ] [REPLACE: what must pass]\n"
      ]),
      passing: Festival.with([
        "shop/001_PLAN/01_scope/02_testing.md":
          "---\nfest_type: gate\n---\n# Testing\n\n## Checklist\n\n- [ ] The suite passes\n"
      ])),
    RuleCase(
      rule: .sourcesProtobufSyntax,
      failing: Festival.with([
        "shop/api/orders.proto": "service Orders {\n  rpc Place(PlaceReq) returns PlaceResp;\n}\n"
      ]),
      passing: Festival.with([
        "shop/api/orders.proto": "service Orders {\n  rpc Place(PlaceReq) returns (PlaceResp);\n}\n"
      ])),
    RuleCase(
      rule: .sourcesOpenAPI,
      failing: Festival.with([
        "shop/api/pets.yaml":
          "openapi: 3.1.0\ninfo:\n  title: Pets\npaths:\n  /pets:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/Gone'\n      responses: {}\n"
      ]),
      passing: Festival.with([
        "shop/api/pets.yaml":
          "openapi: 3.1.0\ninfo:\n  title: Pets\npaths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: ok\n"
      ])),
    RuleCase(
      rule: .sourcesConflict,
      failing: Festival.with([
        "shop/001_PLAN/01_scope/03_api.md":
          "# API\n\n## POST /v1/carts\n\n| Field | Type |\n|---|---|\n| sku | string |\n",
        "shop/001_PLAN/01_scope/04_api.md":
          "# API\n\n## POST /v1/carts\n\n| Field | Type |\n|---|---|\n| sku | int |\n",
      ]),
      passing: Festival.with([
        "shop/001_PLAN/01_scope/03_api.md":
          "# API\n\n## POST /v1/carts\n\n| Field | Type |\n|---|---|\n| sku | string |\n",
        "shop/001_PLAN/01_scope/04_api.md":
          "# API\n\n## POST /v1/carts\n\n| Field | Type |\n|---|---|\n| sku | string |\n",
      ])),
    RuleCase(
      rule: .sourcesPartialTable,
      failing: Festival.with([
        "shop/001_PLAN/01_scope/03_api.md":
          "# API\n\n## POST /v1/carts\n\n| Field | Description |\n|---|---|\n| sku | the item |\n"
      ]),
      passing: Festival.with([
        "shop/001_PLAN/01_scope/03_api.md":
          "# API\n\n## POST /v1/carts\n\n| Field | Type | Description |\n|---|---|---|\n| sku | string | the item |\n"
      ])),
    RuleCase(
      rule: .limitsSourceDeclarations,
      failing: Festival.with([
        "shop/api/big.proto": (0...ContractLimits.sourceDeclarations).map { "message M\($0) {}\n" }.joined()
      ]),
      passing: Festival.with(["shop/api/big.proto": (0..<10).map { "message M\($0) {}\n" }.joined()])),
  ]
}
