extension DiffRule {
  /// What the rule reports, as docs/diff-rules.md words it (markdown: `**bold**` and `code`); a test keeps
  /// the two equal.
  public var summary: String {
    switch self {
    case .documentStatusChanged:
      "The **Current Status** moved forward (DRAFT → UNDER_REVIEW → FINALIZED) or to a status festdoc does not know."
    case .documentStatusReverted:
      "The status went back: a finalized contract is open again, and what was agreed may change."
    case .signOffGiven:
      "A stakeholder approved."
    case .signOffWithdrawn:
      "A stakeholder who had approved no longer does: the contract lost an approval it may rely on."
    case .signOffChangesRequested:
      "A stakeholder asks for changes."
    case .signOffChanged:
      "A sign-off row was added or removed, or went back to pending from changes needed."
    case .componentAdded:
      "A row in the components table is new."
    case .componentRemoved:
      "A component is gone; everything that depended on it must change."
    case .componentRenamed:
      "A component is found under another name with responsibility, technology, dependencies and owner equal. Configuration and dashboards that name it need a look."
    case .componentChanged:
      "Responsibility, technology or owner of a component changed; none of them is seen by its dependents."
    case .externalSystemAdded:
      "The system uses a new external system."
    case .externalSystemRemoved:
      "An external system is no longer used; the components that called it change."
    case .externalSystemSLARelaxed:
      "An external system's SLA figures are weaker (lower availability, slower response), compared by parsed quantities."
    case .externalSystemChanged:
      "An external system's purpose, protocol or SLA text changed without a weaker figure."
    case .dependencyAdded:
      "A component depends on one more component or system: new load and a new way to fail for both."
    case .dependencyRemoved:
      "A component no longer depends on another."
    case .protocolAdded:
      "A new row in the internal service communication table."
    case .protocolRemoved:
      "A service pair lost its agreed protocol: one side stops talking to the other, or nobody agreed how."
    case .protocolChanged:
      "A service pair switches protocol (gRPC to REST); both ends must change together."
    case .protocolDirectionChanged:
      "A pair became one-way or both-ways (`→`, `↔`), or the caller changed."
    case .protocolFallbackChanged:
      "A pair falls back differently when the other end fails."
    case .interfaceAdded:
      "A component has a service interface section it did not have."
    case .interfaceRemoved:
      "A service interface section is gone with all its operations and fields (reported once, not per operation)."
    case .interfaceMethodChanged:
      "A service interface's communication method changed: its callers reach it another way."
    case .operationAdded:
      "A service offers a new operation."
    case .operationRemoved:
      "An operation is gone."
    case .operationRenamed:
      "An operation is found under another name with input, output, errors and SLA equal. Callers use its name, so it breaks them."
    case .operationInputChanged:
      "An operation takes other input."
    case .operationOutputChanged:
      "An operation returns something else."
    case .operationErrorAdded:
      "An operation has a new error case its callers may not handle."
    case .operationErrorRemoved:
      "An operation no longer fails in one of the ways it did."
    case .operationSLARelaxed:
      "An operation's SLA promises less (a higher time), or changed in a way festdoc cannot compare."
    case .operationSLATightened:
      "An operation's SLA promises more."
    case .fieldAddedOptional:
      "A data contract has a new field that is not required."
    case .fieldAddedRequired:
      "A data contract has a new required field: senders that do not send it are refused."
    case .fieldRemoved:
      "A field is gone from a data contract."
    case .fieldRenamed:
      "A field is found under another name with type, required, validation, default and description equal. The wire name changed, so it breaks."
    case .fieldTypeChanged:
      "A field's type changed."
    case .fieldMadeRequired:
      "An optional field became required."
    case .fieldMadeOptional:
      "A required field became optional: readers that count on it may get nothing."
    case .fieldValidationChanged:
      "A field's validation rule changed; festdoc cannot tell a looser rule from a stricter one."
    case .fieldDefaultChanged:
      "A field's default changed: senders that leave it out get another value."
    case .endpointAdded:
      "A new endpoint (method and URL)."
    case .endpointRemoved:
      "An endpoint is gone."
    case .endpointMoved:
      "An endpoint has another method or URL: found by its title, or by parameters and responses being equal. `{id}` and `:id` read the same."
    case .endpointRenamed:
      "An endpoint with the same method and URL has a new title; clients do not see titles."
    case .endpointSecurityAdded:
      "An endpoint that needed no credentials now requires some (its own `security`, else its component's): clients that send none are refused."
    case .endpointSecurityRemoved:
      "An endpoint no longer requires credentials."
    case .endpointSecurityChanged:
      "An endpoint requires other security schemes or scopes; festdoc cannot tell a looser requirement from a stricter one."
    case .endpointDeprecated:
      "An endpoint is marked deprecated: its clients should plan to move off it."
    case .parameterAddedOptional:
      "An endpoint reads a new optional parameter."
    case .parameterAddedRequired:
      "An endpoint requires a new parameter."
    case .parameterRemoved:
      "An endpoint no longer reads a parameter; clients that send it may be refused or ignored."
    case .parameterTypeChanged:
      "A parameter's type changed."
    case .parameterMadeRequired:
      "An optional parameter became required."
    case .parameterMadeOptional:
      "A required parameter became optional."
    case .parameterMoved:
      "A parameter moved between path, query, header and body."
    case .responseAdded:
      "An endpoint may answer with a new status code its clients may not handle."
    case .responseRemoved:
      "An endpoint no longer answers with a status code."
    case .responseChanged:
      "A response's content type or structure changed."
    case .entityAdded:
      "A new data entity."
    case .entityRemoved:
      "A data entity is gone."
    case .entityRenamed:
      "An entity is found under another name with the rest of its row equal."
    case .entityChanged:
      "An entity's storage, relationships, access patterns or owner changed."
    case .eventAdded:
      "A new event in the catalog."
    case .eventRemoved:
      "An event is no longer published; its subscribers are affected first."
    case .eventRenamed:
      "An event is found under another name with the rest equal; subscribers listen by name."
    case .eventPayloadChanged:
      "An event's payload changed."
    case .eventGuaranteeWeakened:
      "Delivery is weaker: exactly once → at least once (duplicates) or at least once → at most once (losses)."
    case .eventGuaranteeStrengthened:
      "Delivery is stronger."
    case .eventPublisherChanged:
      "Another component publishes the event."
    case .eventSubscriberAdded:
      "A component subscribes to an event."
    case .eventSubscriberRemoved:
      "A component no longer subscribes to an event."
    case .eventTriggerChanged:
      "An event is published on another condition: subscribers get it at other times."
    case .queueAdded:
      "A new message queue."
    case .queueRemoved:
      "A queue is gone."
    case .queueRenamed:
      "A queue is found under another name with the rest equal; producers and consumers use the name."
    case .queueFormatChanged:
      "A queue's message format changed."
    case .queueDeadLetterChanged:
      "Failed messages are handled differently."
    case .queueChanged:
      "A queue's purpose or consumer count changed."
    case .authorizationNarrowed:
      "A role may do less with a resource (fewer capabilities or a narrower scope)."
    case .authorizationWidened:
      "A role may do more with a resource: not breaking, but a security review should see it."
    case .authorizationChanged:
      "A role loses some rights on a resource and gains others."
    case .authorizationRoleAdded:
      "The matrix has a new role column."
    case .authorizationRoleRemoved:
      "A role column is gone: whoever had that role loses every right it gave."
    case .authorizationResourceAdded:
      "The matrix has a new resource row."
    case .authorizationResourceRemoved:
      "A resource row is gone: nobody is granted anything on it any more."
    case .performanceRelaxed:
      "A performance target is looser (a higher response time or error rate, a lower throughput or availability), or its unit changed."
    case .performanceTightened:
      "A performance target is stricter."
    case .performanceAdded:
      "A service or endpoint has a performance target it did not have."
    case .performanceRemoved:
      "A performance target or row is gone: nothing is promised any more."
    case .scalabilityReduced:
      "A component's maximum capacity is lower."
    case .scalabilityRaised:
      "A component's maximum capacity is higher."
    case .scalabilityChanged:
      "A component's current capacity, scale trigger, scale method or plan changed, or its ceiling reads differently in a way festdoc cannot compare."
    case .errorAdded:
      "A new error code clients may now get."
    case .errorRemoved:
      "An error code is no longer returned."
    case .errorStatusChanged:
      "An error code comes with another HTTP status; clients that branch on the status break."
    case .errorFormatChanged:
      "An error's response body changed."
    }
  }
}
