import Diagnostics

/// Everything `COMMON_INTERFACES.md` (or a document of its shape) says, as typed values.
public struct InterfaceContract: Hashable, Sendable, Codable {
  public var path: String
  public var title: String
  /// The template itself, never filled in: its example rows are not contract entities.
  public var isUnfilledTemplate: Bool
  public var status: InterfaceStatus?
  public var statusWritten: String?
  /// Where `**Current Status**` stands.
  public var statusLocation: SourceLocation?
  public var reviewDeadline: String?
  public var signOffRequired: String?
  public var components: [Component] = []
  public var externalSystems: [ExternalSystem] = []
  public var internalProtocol = ProtocolChoice()
  public var protocolPairs: [ProtocolPair] = []
  public var externalIntegrations: [ExternalIntegration] = []
  public var entities: [DataEntity] = []
  public var consistencyRules: [ConsistencyRule] = []
  public var serviceInterfaces: [ServiceInterface] = []
  public var endpoints: [Endpoint] = []
  public var messageBroker: String?
  public var eventSchemaStandard: String?
  public var events: [EventContract] = []
  public var queues: [MessageQueue] = []
  public var diagrams: [DiagramSource] = []
  public var authenticationFlow: DiagramSource?
  public var authorization: AuthorizationMatrix?
  public var security: [SecurityRequirement] = []
  public var performance: [PerformanceRequirement] = []
  public var scalability: [ScalabilityPlan] = []
  public var errors: [ErrorStandard] = []
  public var monitoring: [MonitoringRequirement] = []
  public var developmentStandards: [GuidelineRow] = []
  public var testingStrategy: [GuidelineRow] = []
  public var examples: [InterfaceExample] = []
  public var reviewChecklist: [ChecklistItem] = []
  public var signOffs: [SignOff] = []
  public var finalizationCriteria: [ChecklistItem] = []
  public var finalizationDate: String?
  public var placeholders: [Placeholder] = []
  public var unrecognizedTables: [UnrecognizedTable] = []
  /// Who depends on, talks to, publishes and subscribes to whom: built once the contract is read, and
  /// derived from it (so not written to the model's JSON).
  public internal(set) var relationships = ContractGraph()
  /// Every element by its stable identity, and back (not written to the model's JSON either).
  public internal(set) var elements = ElementTable()
  /// Every place each element is defined, its own location first (derived: not in the JSON).
  public internal(set) var definitionSites: [ElementID: [SourceLocation]] = [:]
  /// Every file some source read an interface element from, the contract's own document first.
  public internal(set) var sourceFiles: [String] = []

  /// Where `id` is defined: every place, or its own location when it was read from one place.
  public func sites(of id: ElementID) -> [SourceLocation] { definitionSites[id] ?? [] }

  enum CodingKeys: String, CodingKey {
    case path, title, isUnfilledTemplate, status, statusWritten, statusLocation, reviewDeadline,
      signOffRequired, components, externalSystems, internalProtocol, protocolPairs, externalIntegrations,
      entities, consistencyRules, serviceInterfaces, endpoints, messageBroker, eventSchemaStandard, events,
      queues, diagrams, authenticationFlow, authorization, security, performance, scalability, errors,
      monitoring, developmentStandards, testingStrategy, examples, reviewChecklist, signOffs,
      finalizationCriteria, finalizationDate, placeholders, unrecognizedTables
  }

  public init(path: String, title: String) {
    self.path = path
    self.title = title
    self.isUnfilledTemplate = false
  }
}
