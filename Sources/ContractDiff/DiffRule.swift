import Diagnostics

/// Every kind of change the diff reports, with its stable id and how severe it is. docs/diff-rules.md
/// explains each; a test keeps the two in step.
public enum DiffRule: String, Hashable, Sendable, Codable, CaseIterable, RuleIdentifier {
  case documentStatusChanged = "document.status-changed"
  case documentStatusReverted = "document.status-reverted"
  case signOffGiven = "sign-off.given"
  case signOffWithdrawn = "sign-off.withdrawn"
  case signOffChangesRequested = "sign-off.changes-requested"
  case signOffChanged = "sign-off.changed"

  case componentAdded = "component.added"
  case componentRemoved = "component.removed"
  case componentRenamed = "component.renamed"
  case componentChanged = "component.changed"
  case externalSystemAdded = "external-system.added"
  case externalSystemRemoved = "external-system.removed"
  case externalSystemSLARelaxed = "external-system.sla-relaxed"
  case externalSystemChanged = "external-system.changed"
  case dependencyAdded = "dependency.added"
  case dependencyRemoved = "dependency.removed"
  case protocolAdded = "protocol.added"
  case protocolRemoved = "protocol.removed"
  case protocolChanged = "protocol.changed"
  case protocolDirectionChanged = "protocol.direction-changed"
  case protocolFallbackChanged = "protocol.fallback-changed"

  case interfaceAdded = "interface.added"
  case interfaceRemoved = "interface.removed"
  case interfaceMethodChanged = "interface.method-changed"
  case operationAdded = "operation.added"
  case operationRemoved = "operation.removed"
  case operationRenamed = "operation.renamed"
  case operationInputChanged = "operation.input-changed"
  case operationOutputChanged = "operation.output-changed"
  case operationErrorAdded = "operation.error-added"
  case operationErrorRemoved = "operation.error-removed"
  case operationSLARelaxed = "operation.sla-relaxed"
  case operationSLATightened = "operation.sla-tightened"
  case fieldAddedOptional = "field.added-optional"
  case fieldAddedRequired = "field.added-required"
  case fieldRemoved = "field.removed"
  case fieldRenamed = "field.renamed"
  case fieldTypeChanged = "field.type-changed"
  case fieldMadeRequired = "field.made-required"
  case fieldMadeOptional = "field.made-optional"
  case fieldValidationChanged = "field.validation-changed"
  case fieldDefaultChanged = "field.default-changed"

  case endpointAdded = "endpoint.added"
  case endpointRemoved = "endpoint.removed"
  case endpointMoved = "endpoint.moved"
  case endpointRenamed = "endpoint.renamed"
  case endpointSecurityAdded = "endpoint.security-added"
  case endpointSecurityRemoved = "endpoint.security-removed"
  case endpointSecurityChanged = "endpoint.security-changed"
  case endpointDeprecated = "endpoint.deprecated"
  case parameterAddedOptional = "parameter.added-optional"
  case parameterAddedRequired = "parameter.added-required"
  case parameterRemoved = "parameter.removed"
  case parameterTypeChanged = "parameter.type-changed"
  case parameterMadeRequired = "parameter.made-required"
  case parameterMadeOptional = "parameter.made-optional"
  case parameterMoved = "parameter.moved"
  case responseAdded = "response.added"
  case responseRemoved = "response.removed"
  case responseChanged = "response.changed"

  case entityAdded = "entity.added"
  case entityRemoved = "entity.removed"
  case entityRenamed = "entity.renamed"
  case entityChanged = "entity.changed"
  case eventAdded = "event.added"
  case eventRemoved = "event.removed"
  case eventRenamed = "event.renamed"
  case eventPayloadChanged = "event.payload-changed"
  case eventGuaranteeWeakened = "event.guarantee-weakened"
  case eventGuaranteeStrengthened = "event.guarantee-strengthened"
  case eventPublisherChanged = "event.publisher-changed"
  case eventSubscriberAdded = "event.subscriber-added"
  case eventSubscriberRemoved = "event.subscriber-removed"
  case eventTriggerChanged = "event.trigger-changed"
  case queueAdded = "queue.added"
  case queueRemoved = "queue.removed"
  case queueRenamed = "queue.renamed"
  case queueFormatChanged = "queue.format-changed"
  case queueDeadLetterChanged = "queue.dead-letter-changed"
  case queueChanged = "queue.changed"

  case authorizationNarrowed = "authorization.narrowed"
  case authorizationWidened = "authorization.widened"
  case authorizationChanged = "authorization.changed"
  case authorizationRoleAdded = "authorization.role-added"
  case authorizationRoleRemoved = "authorization.role-removed"
  case authorizationResourceAdded = "authorization.resource-added"
  case authorizationResourceRemoved = "authorization.resource-removed"
  case performanceRelaxed = "performance.relaxed"
  case performanceTightened = "performance.tightened"
  case performanceAdded = "performance.added"
  case performanceRemoved = "performance.removed"
  case scalabilityReduced = "scalability.reduced"
  case scalabilityRaised = "scalability.raised"
  case scalabilityChanged = "scalability.changed"
  case errorAdded = "error.added"
  case errorRemoved = "error.removed"
  case errorStatusChanged = "error.status-changed"
  case errorFormatChanged = "error.format-changed"

  public var severity: ChangeSeverity {
    switch self {
    case .componentRemoved, .protocolRemoved, .protocolChanged, .interfaceRemoved, .interfaceMethodChanged,
      .operationRemoved, .operationRenamed, .operationInputChanged, .operationOutputChanged,
      .fieldAddedRequired, .fieldRemoved, .fieldRenamed, .fieldTypeChanged, .fieldMadeRequired,
      .endpointRemoved, .endpointMoved, .endpointSecurityAdded, .parameterAddedRequired,
      .parameterTypeChanged,
      .parameterMadeRequired,
      .parameterMoved, .responseChanged, .entityRemoved, .eventRemoved, .eventRenamed, .eventPayloadChanged,
      .eventGuaranteeWeakened, .queueRemoved, .queueRenamed, .queueFormatChanged, .authorizationNarrowed,
      .authorizationChanged, .authorizationRoleRemoved, .authorizationResourceRemoved, .errorStatusChanged,
      .errorFormatChanged:
      .breaking
    case .documentStatusReverted, .signOffWithdrawn, .signOffChangesRequested, .componentRenamed,
      .externalSystemRemoved, .externalSystemSLARelaxed, .dependencyAdded, .protocolDirectionChanged,
      .protocolFallbackChanged, .operationErrorAdded, .operationSLARelaxed, .fieldMadeOptional,
      .fieldValidationChanged, .fieldDefaultChanged, .endpointSecurityChanged, .parameterRemoved,
      .responseAdded, .responseRemoved,
      .entityRenamed, .entityChanged, .eventPublisherChanged, .eventTriggerChanged, .queueDeadLetterChanged,
      .authorizationWidened, .performanceRelaxed, .performanceRemoved, .scalabilityReduced, .errorAdded:
      .risky
    case .documentStatusChanged, .signOffGiven, .signOffChanged, .componentAdded, .componentChanged,
      .externalSystemAdded, .externalSystemChanged, .dependencyRemoved, .protocolAdded, .interfaceAdded,
      .operationAdded, .operationErrorRemoved, .operationSLATightened, .fieldAddedOptional, .endpointAdded,
      .endpointRenamed, .endpointSecurityRemoved, .endpointDeprecated, .parameterAddedOptional,
      .parameterMadeOptional, .entityAdded, .eventAdded,
      .eventGuaranteeStrengthened, .eventSubscriberAdded, .eventSubscriberRemoved, .queueAdded, .queueChanged,
      .authorizationRoleAdded, .authorizationResourceAdded, .performanceTightened, .performanceAdded,
      .scalabilityRaised, .scalabilityChanged, .errorRemoved:
      .compatible
    }
  }

  /// The element kind the rule is about: the part of the id before the dot.
  public var kind: ElementKind {
    ElementKind(rawValue: String(rawValue.prefix { $0 != "." })) ?? .document
  }
}
