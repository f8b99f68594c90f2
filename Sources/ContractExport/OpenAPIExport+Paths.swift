import FestivalModel

extension OpenAPIExport {
  /// Endpoints by path (`:id` written `{id}`), then by lower-case method.
  /// `schemes` are the security schemes the document defines.
  static func paths(_ endpoints: [Endpoint], known: Set<String>, schemes: Set<String> = []) -> [String: Any] {
    var paths: [String: [String: Any]] = [:]
    // An operationId must be unique in the document: one two endpoints share is left to x-festdoc.
    var identifiers: [String: Int] = [:]
    for endpoint in endpoints { identifiers[endpoint.extra["Operation ID"] ?? "", default: 0] += 1 }
    for endpoint in endpoints {
      let route = endpoint.urlPattern.split(separator: "/", omittingEmptySubsequences: false).map { segment in
        segment.hasPrefix(":") ? "{" + segment.dropFirst() + "}" : String(segment)
      }.joined(separator: "/")
      let method = (endpoint.method?.rawValue ?? endpoint.methodWritten).lowercased()
      var entry = operation(endpoint, known: known)
      described(
        &entry, endpoint, unique: identifiers[endpoint.extra["Operation ID"] ?? ""] == 1, schemes: schemes)
      paths[route, default: [:]][method] = entry
    }
    return paths
  }

  /// What an OpenAPI operation says besides its parameters and responses: its id, tags, whether it is
  /// deprecated, and its own security requirement; what cannot be written so goes into `x-festdoc`.
  static func described(
    _ operation: inout [String: Any], _ endpoint: Endpoint, unique: Bool, schemes: Set<String>
  ) {
    var festdoc = operation["x-festdoc"] as? [String: Any] ?? [:]
    if let identifier = endpoint.extra["Operation ID"] {
      if unique { operation["operationId"] = identifier } else { festdoc["operationId"] = identifier }
    }
    if let tags = endpoint.extra["Tags"] { operation["tags"] = tags.components(separatedBy: ", ") }
    if endpoint.extra["Deprecated"] == "Yes" { operation["deprecated"] = true }
    if let required = endpoint.extra["Security"] {
      if let list = SecurityText.requirement(required, known: schemes) {
        operation["security"] = list
      } else {
        festdoc["security"] = required
      }
    }
    operation["x-festdoc"] = festdoc
  }

  static func operation(_ endpoint: Endpoint, known: Set<String>) -> [String: Any] {
    var operation: [String: Any] = [
      "summary": endpoint.name,
      "x-festdoc": ["defined": "\(endpoint.location.file):\(endpoint.location.line)"],
    ]
    if let purpose = endpoint.purpose, purpose != endpoint.name { operation["description"] = purpose }
    let bodyFields = endpoint.parameters.filter { $0.placement == .body || $0.placement == .form }
    if let body = requestBody(bodyFields, known: known) { operation["requestBody"] = body }
    var parameters: [[String: Any]] = []
    // OpenAPI needs every parameter's place; one no source placed is named in x-festdoc, not guessed.
    let unplaced = endpoint.parameters.filter { $0.placement == nil }
    if !unplaced.isEmpty {
      operation["x-festdoc"] = [
        "defined": "\(endpoint.location.file):\(endpoint.location.line)",
        "parameters without a place": unplaced.map { [$0.name, $0.description] },
      ]
    }
    for parameter in endpoint.parameters {
      guard let placement = parameter.placement, placement != .body && placement != .form else { continue }
      var entry: [String: Any] = [
        "name": parameter.name, "in": placement.rawValue,
        "schema": SchemaText.schema(parameter.type, known: known),
      ]
      // A path parameter is always required in OpenAPI.
      if parameter.placement == .path {
        entry["required"] = true
      } else if let required = parameter.required {
        entry["required"] = required
      }
      if !parameter.description.isEmpty { entry["description"] = parameter.description }
      parameters.append(entry)
    }
    // Path parameters the route names but no table lists.
    for name in endpoint.pathParameters where !parameters.contains(where: { $0["name"] as? String == name }) {
      parameters.append([
        "name": name, "in": "path", "required": true, "schema": ["x-festdoc-note": "no type given"],
      ])
    }
    if !parameters.isEmpty { operation["parameters"] = parameters }
    var responses: [String: Any] = [:]
    for response in endpoint.responses {
      var entry: [String: Any] = ["description": response.description]
      if !response.structure.isEmpty {
        let type = response.contentType.isEmpty ? "application/json" : response.contentType
        entry["content"] = [type: ["schema": SchemaText.schema(response.structure, known: known)]]
      }
      responses[response.statusCode.map(String.init) ?? response.statusWritten] = entry
    }
    if !responses.isEmpty { operation["responses"] = responses }
    return operation
  }

  /// The request body: one parameter named `body` (an OpenAPI document's) is the body's schema; several
  /// body fields (a field table's rows) are the properties of one object.
  static func requestBody(_ fields: [EndpointParameter], known: Set<String>) -> [String: Any]? {
    guard let first = fields.first else { return nil }
    let contentType = first.extra["Content type"] ?? "application/json"
    if fields.count == 1 && first.name == "body" {
      var body: [String: Any] = [
        "content": [contentType: ["schema": SchemaText.schema(first.type, known: known)]]
      ]
      if let required = first.required { body["required"] = required }
      if !first.description.isEmpty { body["description"] = first.description }
      return body
    }
    var properties: [String: Any] = [:]
    for field in fields {
      var property = SchemaText.schema(field.type, known: known)
      if !field.description.isEmpty { property["description"] = field.description }
      properties[field.name] = property
    }
    var schema: [String: Any] = ["type": "object", "properties": properties]
    let required = fields.filter { $0.required == true }.map(\.name)
    if !required.isEmpty { schema["required"] = required }
    return ["content": [contentType: ["schema": schema]], "required": true]
  }

  /// A data element as a schema: an enum's values, or an object whose fields (dotted names nested back
  /// into objects) are its properties.
  static func schema(_ entity: DataEntity, known: Set<String>) -> [String: Any] {
    var result: [String: Any] = [:]
    if !entity.purpose.isEmpty { result["description"] = entity.purpose }
    if entity.form == .enumeration {
      result["type"] = "string"
      result["enum"] = entity.values.map(\.name)
      return result
    }
    result["type"] = "object"
    let (properties, required) = properties(entity.fields, prefix: "", known: known)
    result["properties"] = properties
    if !required.isEmpty { result["required"] = required }
    return result
  }

  static func properties(_ fields: [DataField], prefix: String, known: Set<String>) -> (
    [String: Any], [String]
  ) {
    var result: [String: Any] = [:]
    var required: [String] = []
    for field in fields where field.name.hasPrefix(prefix) {
      let name = String(field.name.dropFirst(prefix.count))
      guard !name.contains(".") else { continue }
      var property = SchemaText.schema(field.type, known: known)
      let nested = fields.filter { $0.name.hasPrefix(field.name + ".") }
      if !nested.isEmpty {
        let (inner, innerRequired) = properties(fields, prefix: field.name + ".", known: known)
        property["properties"] = inner
        if !innerRequired.isEmpty { property["required"] = innerRequired }
      }
      if !field.description.isEmpty { property["description"] = field.description }
      if let value = field.defaultValue { property["default"] = value }
      if !field.validation.isEmpty { property["x-festdoc-validation"] = field.validation }
      result[name] = property
      if field.required == true { required.append(name) }
    }
    return (result, required)
  }
}
