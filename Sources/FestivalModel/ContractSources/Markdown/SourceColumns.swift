/// The roles of a table's columns, found by their folded headers.
struct SourceColumns {
  enum Role: CaseIterable {
    case component, responsibility, technology, dependencies
    case method, route, rpc, request, response
    case name, type, required, description, placement, defaultValue
    case event, publisher, subscribers, topic, payload, trigger, deadLetter
    case code, httpStatus, meaning
    case schema, usedBy
  }

  static let aliases: [Role: Set<String>] = [
    .component: ["component", "service", "componentname", "servicename", "module"],
    .responsibility: ["responsibility", "responsibilities", "role", "purpose"],
    .technology: ["technology", "tech", "stack", "language", "runtime"],
    .dependencies: ["dependencies", "dependson", "depends", "calls"],
    .method: ["method", "verb", "httpmethod"],
    .route: ["path", "route", "endpoint", "url", "uri", "resource"],
    .rpc: ["rpc", "operation", "method", "call", "procedure", "rpcname", "operationname"],
    .request: ["request", "input", "requesttype", "req", "requestmessage"],
    .response: ["response", "output", "responsetype", "returns", "resp", "result", "responsemessage"],
    .name: ["field", "fieldname", "name", "parameter", "param", "property", "attribute", "key", "argument"],
    .type: ["type", "datatype", "fieldtype", "kind"],
    .required: ["required", "req", "optional", "mandatory", "requiredoptional"],
    .description: ["description", "desc", "notes", "details", "comment", "comments", "meaning", "purpose"],
    .placement: ["in", "location", "placement", "where", "source"],
    .defaultValue: ["default", "defaultvalue"],
    .event: ["event", "eventname", "eventtype", "messagetype", "message", "type", "name", "subject"],
    .publisher: [
      "publisher", "publishers", "producer", "producers", "publishedby", "emitter", "emittedby", "sender",
      "from", "source",
    ],
    .subscribers: [
      "subscriber", "subscribers", "consumer", "consumers", "subscribedby", "consumedby", "listener",
      "listeners", "to", "receivers", "receiver", "handlers", "handledby",
    ],
    .topic: ["topic", "queue", "channel", "stream", "topicname", "queuename"],
    .payload: ["payload", "schema", "body", "format", "fields", "payloadschema", "data"],
    .trigger: ["trigger", "when", "triggeredby"],
    .deadLetter: ["deadletter", "deadletterqueue", "dlq", "onfailure", "deadletterstrategy"],
    .code: ["code", "errorcode", "error", "errorname", "errortype"],
    .httpStatus: ["http", "httpstatus", "status", "statuscode", "grpcstatus", "grpccode"],
    .meaning: ["meaning", "description", "message", "reason", "when", "cause", "details"],
    .schema: ["schema", "contract", "datacontract", "schemaname", "model", "file", "schemafile"],
    .usedBy: ["usedby", "users", "consumers", "usedin", "producers", "readby", "writtenby", "owners"],
  ]

  let headers: [String]
  private(set) var index: [Role: Int] = [:]

  init(_ headers: [String]) {
    self.headers = headers
    let folded = headers.map(TextFolding.fold)
    for role in Role.allCases {
      guard let aliases = Self.aliases[role] else { continue }
      if let column = folded.firstIndex(where: { aliases.contains($0) }) { index[role] = column }
    }
  }

  func has(_ role: Role) -> Bool { index[role] != nil }

  func column(_ role: Role) -> Int? { index[role] }

  /// The kind of table, or nil when it states no interface.
  func kind(endpointCells: Bool, underErrors: Bool) -> SourceTableKind? {
    if endpointCells || (has(.route) && has(.method)) { return .endpoints }
    // A schema list may say who produces and consumes each schema: it is still a list of schemas.
    if has(.schema) && index[.schema] == 0
      && (has(.description) || has(.responsibility) || has(.usedBy) || has(.publisher) || has(.subscribers))
    {
      return .schemas
    }
    if has(.publisher) || has(.subscribers) {
      if has(.topic), index[.topic] == 0 { return .queues }
      if has(.event) || has(.topic) { return .events }
    }
    if has(.rpc) && (has(.request) || has(.response)) && !has(.route) { return .operations }
    if has(.code) && (has(.meaning) || has(.httpStatus)) && (underErrors || headerNamesError) {
      return .errors
    }
    if has(.component) && index[.component] == 0 && (has(.responsibility) || has(.technology)) {
      return .components
    }
    if has(.name) && has(.type) { return .fields }
    return nil
  }

  /// "Error Code" or "Error" as a header: the table is about errors whatever its heading.
  private var headerNamesError: Bool {
    headers.contains { $0.lowercased().contains("error") }
  }
}
