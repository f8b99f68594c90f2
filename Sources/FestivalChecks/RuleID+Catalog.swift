import Diagnostics

/// What the catalogue says of each rule: its default severity and a one-line summary.
extension RuleID {
  public var defaultSeverity: Severity {
    switch self {
    case .contentNotText, .contentTooLarge, .contentLinkOutside, .limitsTableRows, .limitsDiagramSize,
      .contentUnreadable, .frontmatterInvalidYaml, .frontmatterNotAMapping, .frontmatterUnknownStatus,
      .frontmatterStatusDisagrees, .placeholdersLeft, .placeholdersTemplateRow, .namesUnknown,
      .valuesNotUnderstood, .tablesMissingColumn, .contractComponentWithoutInterface,
      .contractOperationWithoutErrors, .contractEndpointWithoutErrorResponse,
      .contractEventWithoutSubscribers, .contractQueueWithoutDeadLetter, .authorizationUnreachableResource,
      .authorizationEmptyRole, .authorizationWriteWithoutRead, .linksBroken, .linksUnsafe,
      .structurePhaseName, .structureSequenceName, .structureTaskName, .structureNumberingGap,
      .structureMissingDocument, .configInvalidYaml, .configUnknownRule, .structureMissingGoal,
      .festEventMalformed, .festEventUnknown, .festEventUnknownTask, .festHistoryMalformed,
      .sourcesConflict, .sourcesPartialTable, .limitsSourceDeclarations:
      .warning
    case .contentLinkedFolder, .interfaceUnfilledTemplate, .namesPartialMatch, .festStatusHistory,
      .placeholdersGateTemplate, .diagramsUnsupported:
      .note
    case .duplicatesName, .reviewFinalizedIncomplete, .diagramsParse, .sourcesProtobufSyntax, .sourcesOpenAPI:
      .error
    }
  }

  public var summary: String {
    switch self {
    case .contentNotText: "a markdown file that is not UTF-8 text is skipped"
    case .contentTooLarge: "a file larger than 16 MiB is skipped"
    case .contentLinkOutside: "a symbolic link pointing outside the content folder is not followed"
    case .contentLinkedFolder: "a linked folder is not walked"
    case .limitsTableRows: "a contract table longer than 10,000 rows is read up to the limit"
    case .limitsDiagramSize: "a diagram past 2,000 nodes, 500 participants or 5,000 messages is shown as code"
    case .contentUnreadable: "a file or folder could not be read"
    case .frontmatterInvalidYaml: "front matter that is not valid YAML"
    case .frontmatterNotAMapping: "front matter that is not a set of `key: value` lines"
    case .frontmatterUnknownStatus: "a status the methodology does not define"
    case .frontmatterStatusDisagrees: "a task status that disagrees with its checkboxes"
    case .placeholdersLeft: "unfilled template text (error once the document is FINALIZED)"
    case .placeholdersTemplateRow: "a `[Component Name]`-style template row left in a table"
    case .interfaceUnfilledTemplate: "the interface document is the unfilled template"
    case .namesUnknown: "a name that is no component or external system"
    case .namesPartialMatch: "a name taken to mean the only defined name containing it"
    case .valuesNotUnderstood: "a value festdoc cannot read (method, status code, guarantee ...)"
    case .tablesMissingColumn: "a template table without a column the template requires"
    case .contractComponentWithoutInterface: "a component with no service interface section"
    case .contractOperationWithoutErrors: "an operation without error cases"
    case .contractEndpointWithoutErrorResponse: "an endpoint without a 4xx or 5xx response"
    case .contractEventWithoutSubscribers: "an event nobody subscribes to"
    case .contractQueueWithoutDeadLetter: "a queue without a dead letter strategy"
    case .authorizationUnreachableResource: "a resource no role can reach"
    case .authorizationEmptyRole: "a role column with no access anywhere"
    case .authorizationWriteWithoutRead: "a role that may change what it may not read"
    case .duplicatesName: "two components, entities, events, queues or endpoints with one name"
    case .reviewFinalizedIncomplete: "FINALIZED with open review boxes or missing sign-offs"
    case .diagramsParse:
      "a mermaid flowchart, sequence, ER or state diagram that does not parse (at its line inside the block)"
    case .diagramsUnsupported:
      "a mermaid diagram of a kind festdoc does not draw (gantt, pie ...); it stays as code"
    case .linksBroken:
      "a link to a missing document, anchor or file, or an image that is not a file of `static/`"
    case .linksUnsafe: "a link or image with a scheme that is never followed (`javascript:` ...)"
    case .structurePhaseName: "a phase folder not named `NNN_NAME`"
    case .structureSequenceName: "a sequence folder not named `NN_name`"
    case .structureTaskName: "a task file not named `NN_name.md`"
    case .structureNumberingGap: "phase, sequence or task numbers that skip or do not start at 1"
    case .structureMissingDocument: "a festival without FESTIVAL_OVERVIEW.md or FESTIVAL_RULES.md"
    case .configInvalidYaml: "festdoc.yml that is not valid YAML"
    case .configUnknownRule: "a rule in festdoc.yml that festdoc does not know, or a bad severity"
    case .structureMissingGoal: "a fest-era phase without PHASE_GOAL.md or sequence without SEQUENCE_GOAL.md"
    case .festEventMalformed: "a line of `.fest/progress_events.jsonl` that is not a fest event"
    case .festEventUnknown: "a progress event of a kind fest does not define"
    case .festEventUnknownTask:
      "progress events naming a task file the festival no longer has (renamed or removed)"
    case .festHistoryMalformed: "a `.fest/status_history.json` that is not a JSON array of moves"
    case .festStatusHistory:
      "fest's recorded status history ends somewhere other than the lifecycle folder the festival sits in"
    case .placeholdersGateTemplate:
      "template text left in the quality-gate tasks fest appends, counted once per festival"
    case .sourcesProtobufSyntax:
      "a protobuf file or block that does not parse; the declarations around the error are still read"
    case .sourcesOpenAPI:
      "an OpenAPI or AsyncAPI document that cannot be read whole: not YAML or JSON, a version festdoc does not read, a $ref that leads nowhere; the rest is still read"
    case .sourcesConflict:
      "one interface element defined differently in two places (fields, types, messages or publisher)"
    case .sourcesPartialTable:
      "a field, event, error or schema table that lacks a column festdoc needs to read it fully"
    case .limitsSourceDeclarations:
      "a protobuf file or block declares more messages, enums and services than festdoc reads"
    }
  }
}
