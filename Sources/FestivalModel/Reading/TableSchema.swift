/// How to recognize one template table: words of its section heading and its columns.
struct TableSchema {
  var kind: TableKind
  var headingWords: [String]
  var columns: [ColumnSpec]

  static let all: [TableSchema] = [
    TableSchema(
      kind: .components, headingWords: ["component"],
      columns: [
        ColumnSpec("name", ["component", "component name", "service"], required: true),
        ColumnSpec(
          "responsibility",
          ["responsibility", "responsibilities", "purpose", "description", "what it does", "role"],
          required: true),
        ColumnSpec("technology", ["technology stack", "technology", "tech stack", "tech", "stack"]),
        ColumnSpec("dependencies", ["dependencies", "depends on", "dependency"]),
        ColumnSpec("owner", ["owner", "team", "owning team"]),
      ]),
    TableSchema(
      kind: .externalSystems, headingWords: ["external system"],
      columns: [
        ColumnSpec("name", ["system", "external system", "system name"], required: true),
        ColumnSpec("purpose", ["purpose", "description"], required: true),
        ColumnSpec("protocol", ["protocol"]),
        ColumnSpec("sla", ["sla requirements", "sla", "slas"]),
      ]),
    TableSchema(
      kind: .protocolPairs, headingWords: ["internal service communication", "internal communication"],
      columns: [
        ColumnSpec("pair", ["service pair", "pair", "services", "communication"], required: true),
        ColumnSpec("protocol", ["protocol"], required: true),
        ColumnSpec("justification", ["justification", "rationale"]),
        ColumnSpec("fallback", ["fallback strategy", "fallback"]),
      ]),
    TableSchema(
      kind: .externalIntegrations, headingWords: ["external integration"],
      columns: [
        ColumnSpec("name", ["integration", "service", "external service"], required: true),
        ColumnSpec("protocol", ["protocol"], required: true),
        ColumnSpec("authentication", ["authentication", "auth"], required: true),
        ColumnSpec("rateLimits", ["rate limits", "rate limit"]),
        ColumnSpec("errorHandling", ["error handling"]),
      ]),
    TableSchema(
      kind: .entities, headingWords: ["data entities", "entities", "entity"],
      columns: [
        ColumnSpec("name", ["entity", "entity name"], required: true),
        ColumnSpec("purpose", ["purpose", "description"], required: true),
        ColumnSpec("storage", ["primary storage", "storage"]),
        ColumnSpec("relationships", ["relationships", "relations"]),
        ColumnSpec("accessPatterns", ["access patterns", "access"]),
        ColumnSpec("owner", ["owner", "service"]),
      ]),
    TableSchema(
      kind: .consistency, headingWords: ["consistency"],
      columns: [
        ColumnSpec("operation", ["operation"], required: true),
        ColumnSpec("level", ["consistency level", "consistency"], required: true),
        ColumnSpec("justification", ["justification", "rationale"]),
        ColumnSpec("fallback", ["fallback strategy", "fallback"]),
      ]),
    TableSchema(
      kind: .operations, headingWords: ["operations", "interface"],
      columns: [
        ColumnSpec("name", ["operation", "operation name"], required: true),
        ColumnSpec("input", ["input"], required: true),
        ColumnSpec("output", ["output"], required: true),
        ColumnSpec("errorCases", ["error cases", "errors"]),
        ColumnSpec("sla", ["performance sla", "sla"]),
      ]),
    TableSchema(
      kind: .dataContract, headingWords: ["data contract", "interface"],
      columns: [
        ColumnSpec("name", ["field", "field name", "name"], required: true),
        ColumnSpec("type", ["type", "data type"], required: true),
        ColumnSpec("required", ["required"], required: true),
        ColumnSpec("validation", ["validation", "rules", "constraints"]),
        ColumnSpec("default", ["default", "default value"]),
        ColumnSpec("description", ["description"]),
      ]),
    TableSchema(
      kind: .parameters, headingWords: ["request"],
      columns: [
        ColumnSpec("name", ["parameter", "param", "name"], required: true),
        ColumnSpec("placement", ["location", "in", "placement"], required: true),
        ColumnSpec("type", ["type"]),
        ColumnSpec("required", ["required"]),
        ColumnSpec("description", ["description"]),
      ]),
    TableSchema(
      kind: .responses, headingWords: ["response"],
      columns: [
        ColumnSpec("status", ["status code", "status", "code", "http status"], required: true),
        ColumnSpec("contentType", ["content type", "media type"]),
        ColumnSpec("structure", ["structure", "body", "schema"]),
        ColumnSpec("description", ["description", "when"]),
      ]),
    TableSchema(
      kind: .events, headingWords: ["event catalog", "events"],
      columns: [
        ColumnSpec("name", ["event name", "event"], required: true),
        ColumnSpec("publisher", ["publisher", "producer", "source"], required: true),
        ColumnSpec("subscribers", ["subscribers", "consumers", "subscriber"], required: true),
        ColumnSpec("trigger", ["trigger condition", "trigger"]),
        ColumnSpec("payload", ["payload schema", "payload"]),
        ColumnSpec("guarantee", ["delivery guarantee", "delivery", "guarantee"]),
        ColumnSpec("owner", ["owner", "owning service"]),
      ]),
    TableSchema(
      kind: .queues, headingWords: ["queue"],
      columns: [
        ColumnSpec("name", ["queue name", "queue"], required: true),
        ColumnSpec("purpose", ["purpose", "description"], required: true),
        ColumnSpec("format", ["message format", "format"]),
        ColumnSpec("consumers", ["consumer count", "consumers"]),
        ColumnSpec("deadLetter", ["dead letter queue", "dead letter", "dlq", "dlq strategy"]),
        ColumnSpec("owner", ["owner", "service"]),
      ]),
    TableSchema(
      kind: .authorization, headingWords: ["authorization", "permission", "access control"],
      columns: [ColumnSpec("resource", ["resource", "resources"], required: true)]),
    TableSchema(
      kind: .security, headingWords: ["security requirement", "security"],
      columns: [
        ColumnSpec("aspect", ["aspect", "security area", "area"], required: true),
        ColumnSpec("requirement", ["requirement"], required: true),
        ColumnSpec("implementation", ["implementation"]),
        ColumnSpec("validation", ["validation", "verification"]),
      ]),
    TableSchema(
      kind: .performance, headingWords: ["performance requirement", "performance"],
      columns: [
        ColumnSpec("subject", ["service/endpoint", "service", "endpoint", "operation"], required: true),
        ColumnSpec("responseTime", ["response time", "latency"], required: true),
        ColumnSpec("throughput", ["throughput"]),
        ColumnSpec("availability", ["availability", "uptime"]),
        ColumnSpec("errorRate", ["error rate"]),
      ]),
    TableSchema(
      kind: .scalability, headingWords: ["scalability"],
      columns: [
        ColumnSpec("component", ["component", "service"], required: true),
        ColumnSpec("current", ["current capacity", "current"], required: true),
        ColumnSpec("trigger", ["scale trigger", "trigger"]),
        ColumnSpec("method", ["scale method", "method"]),
        ColumnSpec("max", ["max capacity", "maximum capacity", "max"]),
      ]),
    TableSchema(
      kind: .errors, headingWords: ["error"],
      columns: [
        ColumnSpec("type", ["error type", "type"], required: true),
        ColumnSpec("status", ["http status", "status"], required: true),
        ColumnSpec("code", ["error code", "code"], required: true),
        ColumnSpec("format", ["response format", "format"]),
        ColumnSpec("action", ["user action", "action"]),
      ]),
    TableSchema(
      kind: .monitoring, headingWords: ["monitoring"],
      columns: [
        ColumnSpec("type", ["metric type", "type"], required: true),
        ColumnSpec("name", ["metric name", "metric"], required: true),
        ColumnSpec("threshold", ["alert threshold", "threshold"]),
        ColumnSpec("responseTime", ["response time", "response sla"]),
      ]),
    TableSchema(
      kind: .developmentStandards, headingWords: ["development standard", "standards"],
      columns: [
        ColumnSpec("name", ["standard"], required: true),
        ColumnSpec("requirement", ["requirement"], required: true),
        ColumnSpec("validation", ["validation method", "validation"]),
      ]),
    TableSchema(
      kind: .testingStrategy, headingWords: ["testing strategy", "testing"],
      columns: [
        ColumnSpec("name", ["test type"], required: true),
        ColumnSpec("coverage", ["coverage"], required: true),
        ColumnSpec("automation", ["automation level", "automation"]),
        ColumnSpec("frequency", ["frequency"]),
      ]),
    TableSchema(
      kind: .reviewChecklist, headingWords: ["review checklist", "checklist"],
      columns: [
        ColumnSpec("area", ["review area", "area"], required: true),
        ColumnSpec("criteria", ["criteria"], required: true),
        ColumnSpec("status", ["status"], required: true),
      ]),
    TableSchema(
      kind: .signOff, headingWords: ["sign-off", "signoff", "sign off", "approval"],
      columns: [
        ColumnSpec("role", ["role", "stakeholder"], required: true),
        ColumnSpec("responsibility", ["responsibility"]),
        ColumnSpec("status", ["status"], required: true),
        ColumnSpec("date", ["date"]),
      ]),
  ]
}
