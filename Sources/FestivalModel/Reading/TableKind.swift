/// The tables of the interface template.
enum TableKind: String, CaseIterable {
  case components, externalSystems, protocolPairs, externalIntegrations, entities, consistency
  case operations, dataContract, parameters, responses, events, queues, authorization, security
  case performance, scalability, errors, monitoring, developmentStandards, testingStrategy
  case reviewChecklist, signOff
}
