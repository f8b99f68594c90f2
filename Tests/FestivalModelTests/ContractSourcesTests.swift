import ContentReader
import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import FestivalModel

/// Each contract source on real-shaped content: what it reads into the one model, with locations.
@Suite struct ContractSourcesTests {
  static let root = "festivals/active/agents-AG0001/"

  /// A fest-era festival with `files` (paths under its root) beside its fest.yaml.
  func model(_ files: [String: String]) -> ContentModel {
    var all = ["fest.yaml": "metadata:\n  name: agents\n", "FESTIVAL_GOAL.md": "# Goal\n\nAgents.\n"]
    for (path, text) in files { all[path] = text }
    let data = Dictionary(uniqueKeysWithValues: all.map { (Self.root + $0.key, Data($0.value.utf8)) })
    return FestivalModelBuilder.build(ContentReader.read(files: data))
  }

  func contract(_ files: [String: String]) throws -> InterfaceContract {
    try #require(model(files).festivals.first?.interfaces)
  }

  static let grpcSpec = """
    # Task: Agent service contract

    ```proto
    syntax = "proto3";
    package agents.v1;

    // Registers and runs agents.
    service AgentService {
      // Adds an agent.
      rpc Register(RegisterReq) returns (RegisterResp);
      rpc Watch(WatchReq) returns (stream AgentEvent);
    }
    ```

    ## RPCs

    ### Register

    **Request** (`RegisterReq`)

    | Field | Type | Required | Description |
    | --- | --- | --- | --- |
    | name | string | yes | unique per tenant |
    | tools | repeated string | no | tool ids |

    **Response** (`RegisterResp`)

    | Field | Type | Description |
    | --- | --- | --- |
    | agent_id | string | the new agent |

    ### Watch

    #### Request

    | Name | Type |
    | --- | --- |
    | agent_id | string |

    #### Response

    | Name | Type |
    | --- | --- |
    | kind | EventKind |
    | at | Timestamp |
    """

  @Test func rpcHeadingsAttachTheirRequestAndResponseFieldsAndAreNoComponents() throws {
    let contract = try contract(["002_PLAN/01_api/01_agent_service.md": Self.grpcSpec])
    #expect(contract.components.map(\.name) == ["AgentService"])
    let service = try #require(contract.serviceInterfaces.first)
    #expect(service.operations.map(\.name) == ["Register", "Watch"])
    let register = service.operations[0]
    #expect(register.input == "RegisterReq" && register.output == "RegisterResp")
    #expect(register.summary == "Adds an agent.")
    #expect(register.requestFields.map(\.name) == ["name", "tools"])
    #expect(register.requestFields.map(\.type) == ["string", "repeated string"])
    #expect(register.requestFields.map(\.required) == [true, false])
    #expect(register.responseFields.map(\.name) == ["agent_id"])
    let watch = service.operations[1]
    #expect(watch.serverStreaming && !watch.clientStreaming)
    #expect(watch.requestFields.map(\.name) == ["agent_id"])
    #expect(watch.responseFields.map(\.name) == ["kind", "at"])
    // The messages the tables describe get the fields too, and a location in the task.
    let request = try #require(contract.entities.first { $0.name == "RegisterReq" })
    #expect(request.form == .message && request.fields.map(\.name) == ["name", "tools"])
    #expect(request.owner?.component == "AgentService")
    #expect(register.location.file.hasSuffix("01_agent_service.md"))
    #expect(register.location.line == 10)
    #expect(request.fields[0].location.line == 23)
  }

  static let grpcSpecification = #"""
    # gRPC Service Specification: Orchestrator

    ## Service Definition

    ```protobuf
    syntax = "proto3";
    package orch.v1;

    service Orchestrator {
      rpc StartRun(StartRunRequest) returns (StartRunResponse);
      rpc GetRun(GetRunRequest) returns (Run);
      rpc StreamLogs(StreamLogsRequest) returns (stream LogLine);
    }
    ```

    ## RPC Methods

    ### 1. StartRun

    Starts a run for an agent.

    **Request:** `StartRunRequest`

    | Field | Type | Required | Description |
    |-------|------|----------|-------------|
    | agent_id | string | Yes | the agent |
    | input | bytes | No | payload |

    **Response:** `StartRunResponse`

    | Field | Type | Description |
    |-------|------|-------------|
    | run_id | string | new run |

    **Errors:** `INVALID_ARGUMENT`, `RESOURCE_EXHAUSTED`

    ### 2. GetRun

    | Parameter | Type | Notes |
    |---|---|---|
    | run_id | string | |

    ## Error Codes

    | Code | Name | Description |
    |------|------|-------------|
    | 1001 | RUN_NOT_FOUND | no such run |
    | 1002 | AGENT_BUSY | agent already running |

    ## Message Types

    | Type | Publisher | Subscriber | Description |
    |------|-----------|------------|-------------|
    | RunStarted | Orchestrator | Ledger, Dashboard | emitted on start |

    ## Flow

    ```mermaid
    sequenceDiagram
      Client->>Orchestrator: StartRun
      Orchestrator-->>Client: run_id
    ```
    """#

  @Test func aGRPCSpecificationWithNumberedRPCsErrorsAndAnErrorTable() throws {
    let contract = try contract(["002_PLAN/01_spec/01_grpc_spec.md": Self.grpcSpecification])
    #expect(contract.components.map(\.name) == ["Orchestrator", "Ledger", "Dashboard"])
    let operations = try #require(contract.serviceInterfaces.first?.operations)
    #expect(operations.map(\.name) == ["StartRun", "GetRun", "StreamLogs"])
    #expect(operations[0].errorCases == ["INVALID_ARGUMENT", "RESOURCE_EXHAUSTED"])
    #expect(operations[0].requestFields.map(\.name) == ["agent_id", "input"])
    #expect(operations[0].responseFields.map(\.name) == ["run_id"])
    #expect(operations[1].requestFields.map(\.name) == ["run_id"])
    #expect(operations[2].serverStreaming)
    #expect(contract.errors.map(\.code) == ["1001", "1002"])
    #expect(contract.errors.map { $0.extra["Name"] } == ["RUN_NOT_FOUND", "AGENT_BUSY"])
    #expect(contract.events.map(\.name) == ["RunStarted"])
    #expect(contract.diagrams.isEmpty)
  }

  @Test func aMessageTypeTableGivesEventsWithPublishersAndSubscribers() throws {
    let contract = try contract([
      "002_PLAN/01_api/02_events.md": """
      # Task: Events

      **Service**: Agent Runtime

      ## Message types

      | Type | Publisher | Subscriber | Payload |
      | --- | --- | --- | --- |
      | agent.started | Agent Runtime | Scheduler, Audit Log | AgentStarted |
      | agent.failed | Agent Runtime | Scheduler; Pager | AgentFailed |
      | agent.quota | Billing | all | Quota |
      """
    ])
    #expect(contract.events.map(\.name) == ["agent.started", "agent.failed", "agent.quota"])
    let started = contract.events[0]
    #expect(started.publisher?.target?.name == "Agent Runtime")
    #expect(started.subscribers.map { $0.target?.name } == ["Scheduler", "Audit Log"])
    #expect(contract.events[1].subscribers.map(\.written) == ["Scheduler", "Pager"])
    // "all" names nobody: kept as written, no component made of it.
    #expect(contract.events[2].subscribers.map(\.written) == ["all"])
    #expect(contract.events[2].subscribers[0].target == nil)
    // Every name is a component, those only named marked so.
    let components = Dictionary(uniqueKeysWithValues: contract.components.map { ($0.name, $0.namedOnly) })
    #expect(
      components == [
        "Agent Runtime": true, "Scheduler": true, "Audit Log": true, "Pager": true, "Billing": true,
      ])
    let graph = contract.relationships
    let event = try #require(graph.node(.event, key: TextFolding.fold("agent.started")))
    #expect(graph.edges(to: event, .publishes).map { graph.name($0.from) } == ["Agent Runtime"])
  }

  @Test func aTopicTableGivesQueues() throws {
    let contract = try contract([
      "notes/topics.md": """
      # Topics

      | Topic | Producer | Consumers | Message |
      | --- | --- | --- | --- |
      | runs.completed | Runner | Ledger, Metrics | RunCompleted |
      """
    ])
    let queue = try #require(contract.queues.first)
    #expect(
      queue.name == "runs.completed" && queue.consumers == "Ledger, Metrics" && queue.consumerCount == 2)
    #expect(queue.owner?.component == "Runner" && queue.messageFormat == "RunCompleted")
  }

  @Test func anErrorRegistryWrittenAsACodeBlock() throws {
    let contract = try contract([
      "002_PLAN/01_api/03_errors.md": """
      # Task: Error codes

      ## Error code registry

      ```
      AGENT_NOT_FOUND      404  no agent has that id
      QUOTA_EXCEEDED       429  the tenant ran out of runs
      E1002 - tool refused the call
      # comments are skipped
      ```

      ```
      this block: prose, not codes
      ```
      """
    ])
    #expect(contract.errors.map(\.code) == ["AGENT_NOT_FOUND", "QUOTA_EXCEEDED", "E1002"])
    #expect(contract.errors.map(\.httpStatus) == [404, 429, nil])
    #expect(
      contract.errors.map(\.errorType) == [
        "no agent has that id", "the tenant ran out of runs", "tool refused the call",
      ])
    #expect(contract.errors[0].location.line == 6)
  }

  @Test func aRESTListInTheOverview() throws {
    let contract = try contract([
      "FESTIVAL_OVERVIEW.md": """
      # Festival Overview: Atlas

      ## API

      - `GET /api/v1/projects` — list projects
      - `POST /api/v1/projects` — create a project
      - **GET /api/v1/projects/:id**: one project
      - `PATCH /api/v1/projects/{projectId}/status`
      1. DELETE /api/v1/projects/:id - archive it

      | Endpoint | Purpose |
      | --- | --- |
      | `GET /api/v1/health` | liveness |

      Clients call `POST /api/v1/sessions` to sign in, and the words around a code span stay prose.
      """
    ])
    let routes = contract.endpoints.map { "\($0.methodWritten) \($0.urlPattern)" }
    #expect(
      routes == [
        "GET /api/v1/projects", "POST /api/v1/projects", "GET /api/v1/projects/:id",
        "PATCH /api/v1/projects/{projectId}/status", "DELETE /api/v1/projects/:id", "GET /api/v1/health",
        "POST /api/v1/sessions",
      ])
    #expect(
      contract.endpoints.map(\.purpose) == [
        "list projects", "create a project", "one project", nil, "archive it", "liveness", nil,
      ])
    #expect(contract.endpoints[2].pathParameters == ["id"])
    #expect(contract.endpoints[3].pathParameters == ["projectId"])
    #expect(contract.endpoints[0].location.line == 5)
  }

  @Test func oneEndpointDefinedDifferentlyInTwoTasksIsOneConflictNamingBoth() throws {
    let task = { (amount: String) in
      """
      # Task: Charge

      ## POST /v1/charges

      | Field | Type | Required |
      | --- | --- | --- |
      | customer | string | yes |
      | amount | \(amount) | yes |
      """
    }
    let model = model([
      "003_IMPLEMENT/01_billing/01_charge_api.md": task("int64"),
      "003_IMPLEMENT/01_billing/02_charge_client.md": task("string"),
    ])
    let contract = try #require(model.festivals.first?.interfaces)
    #expect(contract.endpoints.count == 1)
    let conflicts = model.diagnostics.filter { $0.rule == .sourcesConflict }
    #expect(conflicts.count == 1)
    let conflict = try #require(conflicts.first)
    #expect(conflict.location?.file == Self.root + "003_IMPLEMENT/01_billing/02_charge_client.md")
    #expect(conflict.message.contains(Self.root + "003_IMPLEMENT/01_billing/01_charge_api.md:3"))
    #expect(conflict.message.contains("types differ: amount"))
    // The endpoint is defined in both places.
    let id = try #require(contract.elements.all(.endpoint).first)
    #expect(contract.sites(of: id).map(\.line) == [3, 3])
    #expect(contract.sites(of: id).map(\.file).count == 2)
  }

  @Test func typesWrittenTwoWaysAreOneTypeButSizesAreNot() {
    #expect(ContractMerger.sameType("int", "int32") && ContractMerger.sameType("Integer", "int"))
    #expect(
      ContractMerger.sameType("repeated string", "string[]") && ContractMerger.sameType("Boolean", "bool"))
    #expect(ContractMerger.sameType("google.protobuf.Timestamp", "timestamp"))
    #expect(
      !ContractMerger.sameType("int32", "int64") && !ContractMerger.sameType("string", "repeated string"))
  }

  @Test func anAuthorizationMatrixInATaskIsTheFestivalsMatrix() throws {
    let contract = try contract([
      "002_PLAN/01_api/04_access.md": """
      # Task: Access

      ## Access control

      | Resource | Admin | Agent |
      | --- | --- | --- |
      | Runs | CRUD | Read own |
      | Tools | Manage | None |
      """
    ])
    let matrix = try #require(contract.authorization)
    #expect(matrix.roles == ["Admin", "Agent"])
    #expect(matrix.rows.map(\.resource) == ["Runs", "Tools"])
    #expect(matrix.location.file.hasSuffix("04_access.md") && matrix.rows[0].location.line == 7)
  }

  @Test func theTitleOwnsWhatNothingElseDoesAndAPathOutranksIt() throws {
    let contract = try contract([
      "003_IMPLEMENT/01_api/01_billing.md": """
      # Task: Billing Service API

      - `POST /v1/invoices` - issue an invoice
      - `GET /v1/shipments/{id}` - read a shipment
      """,
      "003_IMPLEMENT/01_api/02_shipping.md":
        "# Task\n\n**Service**: Shipment Service\n\n- `GET /v1/shipments` - list\n",
    ])
    let owners = Dictionary(
      uniqueKeysWithValues: contract.endpoints.map {
        ($0.urlPattern, $0.owner.map { "\($0.component) (\($0.basis))" })
      })
    #expect(owners["/v1/invoices"] == "Billing Service (the document's title)")
    #expect(owners["/v1/shipments/{id}"] == "Shipment Service (its path /shipments)")
    #expect(owners["/v1/shipments"] == "Shipment Service (the **Service** line)")
  }

  @Test func rpcSnippetsWithoutTheirServiceGoToTheComponentTheTaskNames() throws {
    let contract = try contract([
      "003_IMPLEMENT/01_users/01_get_user.md": """
      # Task: Get user

      **Service**: User Service

      ```proto
      rpc GetUser(GetUserRequest) returns (User);
      message GetUserRequest { string id = 1; }
      ```

      ### GET `/api/v1/users/{id}`

      | Name | Type |
      | --- | --- |
      | id | string |
      """,
      "003_IMPLEMENT/01_users/02_list.md":
        "# Task\n\n```proto\nrpc ListUsers(ListUsersRequest) returns (Users);\n```\n",
    ])
    let service = try #require(contract.serviceInterfaces.first { $0.name == "User Service" })
    #expect(service.operations.map(\.name) == ["GetUser"])
    #expect(service.operations[0].requestFields.map(\.name) == ["id"])
    #expect(contract.components.map(\.name) == ["User Service"])
    // No service and no owner: the snippet names nothing it could belong to.
    #expect(!contract.serviceInterfaces.flatMap(\.operations).contains { $0.name == "ListUsers" })
    #expect(contract.endpoints.map(\.urlPattern) == ["/api/v1/users/{id}"])
    #expect(contract.endpoints[0].parameters.map(\.placement) == [.path])
  }

  @Test func requestFieldsFindTheirPlaceWithoutAnInColumn() throws {
    let contract = try contract([
      "003_IMPLEMENT/01_api/01_search.md": """
      # Task

      ## GET /v1/items/{itemId}

      | Field | Type |
      | --- | --- |
      | itemId | string |
      | X-Request-Id | string |
      | token | header string |
      | q | string |
      """
    ])
    let parameters = try #require(contract.endpoints.first?.parameters)
    #expect(parameters.map(\.placement) == [.path, .header, .header, .query])
    #expect(parameters.map(\.type) == ["string", "string", "string", "string"])
  }

  @Test func theSameEndpointWrittenAlikeMergesWithoutAFinding() throws {
    let model = model([
      "FESTIVAL_OVERVIEW.md": "# Overview\n\n- `GET /v1/runs/:id` - one run\n",
      "003_IMPLEMENT/01_runs/01_run_api.md":
        "# Task\n\n**Service**: Run Service\n\n## GET /v1/runs/{runId}\n\n**Response**\n\n| Field | Type |\n|---|---|\n| state | string |\n",
    ])
    let contract = try #require(model.festivals.first?.interfaces)
    #expect(contract.endpoints.count == 1)
    let endpoint = contract.endpoints[0]
    #expect(endpoint.purpose == "one run")
    #expect(endpoint.owner?.component == "Run Service" && endpoint.owner?.inferred == false)
    #expect(endpoint.responseFields.map(\.name) == ["state"])
    #expect(!model.diagnostics.contains { $0.rule == .sourcesConflict })
  }

  @Test func aProtoFileIsADocumentAndASource() throws {
    let model = model([
      "002_PLAN/contracts/orders.proto": """
      syntax = "proto3";
      package shop.v1;
      service Orders {
        rpc Place(PlaceOrderRequest) returns (Order);
      }
      message PlaceOrderRequest {
        message Line { string sku = 1; int32 quantity = 2; }
        repeated Line lines = 1;
        oneof payment { string card_token = 2; string invoice_id = 3; }
        map<string, string> labels = 4;
      }
      message Order { string id = 1; Status status = 2; }
      enum Status { STATUS_UNSPECIFIED = 0; STATUS_PLACED = 1; }
      """
    ])
    let festival = try #require(model.festivals.first)
    #expect(festival.documents.contains { $0.path.hasSuffix("orders.proto") })
    let contract = try #require(festival.interfaces)
    #expect(
      contract.entities.map(\.name) == ["PlaceOrderRequest", "PlaceOrderRequest.Line", "Order", "Status"])
    let request = contract.entities[0]
    #expect(request.fields.map(\.name) == ["lines", "card_token", "invoice_id", "labels"])
    #expect(request.fields.map(\.type) == ["repeated Line", "string", "string", "map<string, string>"])
    #expect(request.fields[1].extra["Oneof"] == "payment")
    #expect(request.package == "shop.v1")
    #expect(contract.entities[3].values.map(\.name) == ["STATUS_UNSPECIFIED", "STATUS_PLACED"])
    #expect(contract.entities[3].form == .enumeration)
    #expect(contract.serviceInterfaces[0].operations[0].requestFields.count == 4)
  }

  @Test func aFestivalWithNoInterfaceContentHasNoContract() {
    let model = model(["003_IMPLEMENT/01_a/01_task.md": "# Task\n\n## Requirements\n\n- [ ] Do it\n"])
    #expect(model.festivals.first?.interfaces == nil)
  }

  @Test func codeInOtherLanguagesAndFunctionCallsAreNotInterfaces() throws {
    let model = model([
      "003_IMPLEMENT/01_a/01_task.md": """
      # Task

      ## Requirements

      - [x] `getCurrentTimeBlock(plan)` — the block you are inside now
      - [ ] Overview

      ```ts
      await fetch("/api/users", { method: "POST" }) // POST /api/users
      ```

      ## Implementation

      | Name | Type |
      | --- | --- |
      | plan | DayPlan |
      """
    ])
    #expect(model.festivals.first?.interfaces == nil)
  }

  @Test func schemaTablesGroupedBySectionWithTheirUsersAsWritten() throws {
    let data: [String: Data] = [
      "contracts/README.md": Data(
        """
        # Contracts

        ### Aegis Fabric (2 schemas)

        | Schema | Role |
        |---|---|
        | `AegisAgent.v1.json` | Registered agent identity |
        | `AegisPolicy.v1.json` | Policy rule |

        ### Optogon Stack

        | Schema | Contract / Spec | Producer | Consumer |
        |---|---|---|---|
        | `CloseSignal.v1.json` | Rosetta Contract 2 | Optogon | Atlas |
        | `Closures.v1.json` | Phase 5B | Phase 5B `/api/law/close_loop` | Ghost Executor (Cortex) |
        """.utf8)
    ]
    let model = FestivalModelBuilder.build(ContentReader.read(files: data))
    let workspace = try #require(model.festivals.first { $0.isWorkspace })
    let entities = try #require(workspace.interfaces?.entities)
    #expect(entities.map(\.name) == ["AegisAgent.v1", "AegisPolicy.v1", "CloseSignal.v1", "Closures.v1"])
    #expect(entities.map(\.group) == ["Aegis Fabric", "Aegis Fabric", "Optogon Stack", "Optogon Stack"])
    #expect(entities.allSatisfy { $0.form == .schema })
    #expect(entities[2].usedBy.map(\.written) == ["Optogon", "Atlas"])
    #expect(entities[3].usedBy.map(\.written) == ["Phase 5B /api/law/close_loop", "Ghost Executor (Cortex)"])
    #expect(entities[0].extra["File"] == "AegisAgent.v1.json")
    // A loose document not named as a contract is not read.
    #expect(model.looseContracts.isEmpty)
  }

  @Test(.enabled(if: SharedFolder.url != nil, "../shared is absent"))
  func preAtlasGivesItsFortySevenSchemas() throws {
    let root = try #require(SharedFolder.url).appendingPathComponent("real-festivals/lionestenzol-pre-atlas")
    let model = FestivalModelBuilder.build(try ContentReader.read(root: root))
    let workspace = try #require(model.festivals.first { $0.isWorkspace })
    let entities = try #require(workspace.interfaces?.entities)
    #expect(entities.count == 47)
    let groups = Dictionary(grouping: entities, by: { $0.group ?? "" }).mapValues(\.count)
    #expect(
      groups == [
        "Cognitive / governance core": 13, "Aegis Fabric": 7, "Cortex / governance extensions": 10,
        "Mosaic Platform": 7, "Anatomy / canvas-engine": 1, "Optogon Stack": 9,
      ])
    let ledger = try #require(entities.first { $0.name == "WorkLedger.v1" })
    #expect(ledger.usedBy.map(\.written) == ["atlas-cli", "daemon"])
    #expect(ledger.usedBy.allSatisfy { $0.target == nil })
    // CloseSignal is listed twice: one element, defined in both rows.
    let signal = try #require(workspace.interfaces?.elements.all(.entity).first { $0.key == "closesignalv1" })
    #expect(workspace.interfaces?.sites(of: signal).count == 2)
  }
}
