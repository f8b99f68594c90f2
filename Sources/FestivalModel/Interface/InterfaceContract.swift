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

  public init(path: String, title: String) {
    self.path = path
    self.title = title
    self.isUnfilledTemplate = false
  }
}
