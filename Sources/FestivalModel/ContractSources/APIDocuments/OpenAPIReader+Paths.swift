import Diagnostics
import Yams

extension OpenAPIReader {
  /// Every operation of `paths` as an endpoint, in document order, path-level parameters included.
  mutating func readPaths() {
    guard let paths = root["paths"]?.mapping else { return }
    var count = 0
    for (key, item) in paths {
      guard let route = key.string, let place = locate(item) else { continue }
      // A path item in another file is read there: its `$ref`s and places are that file's.
      let complete = within(place) { $0.readOperations(route, place.node, count: &count) }
      if !complete { return }
    }
  }

  /// The operations of one path item; false when the operation limit stops the reading.
  private mutating func readOperations(_ route: String, _ item: Node, count: inout Int) -> Bool {
    guard let item = item.mapping else { return true }
    let shared = item["parameters"]?.sequence.map(Array.init) ?? []
    for (operationKey, operation) in item {
      guard let method = operationKey.string, Self.methods.contains(method) else { continue }
      count += 1
      guard count <= Self.operationLimit else {
        diagnostics.append(
          Diagnostic(
            .warning, rule: .limitsSourceDeclarations,
            message:
              "the API document has more than \(Self.operationLimit) operations; the rest are not read",
            at: at(operationKey)))
        return false
      }
      let stated = operation["x-owner"]?.string ?? item["x-owner"]?.string
      let owner =
        stated.map { Ownership(component: $0, inferred: false, basis: "its x-owner") }
        ?? Ownership(
          component: component, inferred: !componentStated,
          basis: componentStated ? "the OpenAPI document's x-owner" : "the OpenAPI document's title")
      contract.endpoints.append(
        endpoint(method, route, operation, shared: shared, owner: owner, at: operationKey))
    }
    return true
  }

  mutating func endpoint(
    _ method: String, _ route: String, _ operation: Node, shared: [Node], owner: Ownership, at key: Node
  ) -> Endpoint {
    let verb = method.uppercased()
    let summary = operation["summary"]?.string
    let name = summary ?? operation["operationId"]?.string ?? "\(verb) \(route)"
    let written = shared + (operation["parameters"]?.sequence.map(Array.init) ?? [])
    var parameters = written.compactMap { parameter($0) }
    // An operation's parameter replaces a path-level one of the same name and place.
    var seen = Set<String>()
    parameters = parameters.reversed().filter { seen.insert($0.name + " " + $0.placementWritten).inserted }
      .reversed()
    if let body = requestBody(operation) { parameters.append(body) }
    var endpoint = Endpoint(
      name: name, purpose: operation["description"]?.string ?? summary, method: HTTPMethod(rawValue: verb),
      methodWritten: verb, urlPattern: route, pathParameters: Self.pathParameters(route),
      owner: owner,
      parameters: parameters, responses: responses(operation), location: at(key))
    if let identifier = operation["operationId"]?.string { endpoint.extra["Operation ID"] = identifier }
    // An operation's own `security` replaces the document's; `[]` means none is needed.
    if let required = Self.requirements(operation["security"]) { endpoint.extra["Security"] = required }
    if let tags = operation["tags"]?.sequence?.compactMap(\.string), !tags.isEmpty {
      endpoint.extra["Tags"] = tags.joined(separator: ", ")
    }
    if operation["deprecated"]?.bool == true { endpoint.extra["Deprecated"] = "Yes" }
    return endpoint
  }

  static func pathParameters(_ route: String) -> [String] {
    route.split(separator: "/").compactMap { segment in
      segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
    }
  }

  /// A parameter (its `$ref` followed, into another file too): name, where it goes, its type, whether it
  /// is required. It keeps the place it is written in the operation.
  mutating func parameter(_ written: Node) -> EndpointParameter? {
    let location = at(written)
    guard let place = locate(written) else { return nil }
    return within(place) { $0.parameter(place.node, at: location) }
  }

  private mutating func parameter(_ node: Node, at location: SourceLocation) -> EndpointParameter? {
    // A parameter defined in another file is kept by the name its reference ends in.
    if let reference = node["$ref"]?.string {
      return EndpointParameter(
        name: Self.referenceName(reference), placement: nil, placementWritten: "", type: "", required: nil,
        requiredWritten: "", description: "defined in \(reference)", extra: [:], location: location)
    }
    guard let name = node["name"]?.string else { return nil }
    let place = node["in"]?.string ?? ""
    let type =
      version == .openAPI3 || place == "body"
      ? node["schema"].map { schemaType($0) } ?? "" : Self.plainType(node)
    let required = node["required"]?.bool
    return EndpointParameter(
      name: name, placement: ParameterPlacement(rawValue: place == "formData" ? "form" : place),
      placementWritten: place, type: type, required: required ?? (place == "path" ? true : nil),
      requiredWritten: required.map { $0 ? "Yes" : "No" } ?? "",
      description: node["description"]?.string ?? "",
      extra: [:], location: location)
  }

  /// OpenAPI 3's request body as a body parameter typed by its first media type's schema.
  mutating func requestBody(_ operation: Node) -> EndpointParameter? {
    guard version == .openAPI3, let written = operation["requestBody"], let place = locate(written) else {
      return nil
    }
    let location = at(written)
    return within(place) { $0.requestBody(place.node, at: location) }
  }

  private mutating func requestBody(_ body: Node, at location: SourceLocation) -> EndpointParameter {
    let (mediaType, schema) = firstContent(body)
    let required = body["required"]?.bool
    var extra: [String: String] = [:]
    if let mediaType { extra["Content type"] = mediaType }
    return EndpointParameter(
      name: "body", placement: .body, placementWritten: "body", type: schema.map { schemaType($0) } ?? "",
      required: required, requiredWritten: required.map { $0 ? "Yes" : "No" } ?? "",
      description: body["description"]?.string ?? "", extra: extra, location: location)
  }

  /// Every response by status code: its first media type and the schema's type as its structure.
  mutating func responses(_ operation: Node) -> [EndpointResponse] {
    guard let responses = operation["responses"]?.mapping else { return [] }
    return responses.compactMap { key, written in
      guard let status = key.string, let place = locate(written) else { return nil }
      let location = at(key)
      return within(place) { $0.response(status, place.node, at: location) }
    }
  }

  private mutating func response(_ status: String, _ response: Node, at location: SourceLocation)
    -> EndpointResponse
  {
    if let reference = response["$ref"]?.string {
      return EndpointResponse(
        statusCode: Int(status), statusWritten: status, contentType: "", structure: "",
        description: "defined in \(reference)", extra: [:], location: location)
    }
    let (mediaType, schema): (String?, Node?) =
      version == .openAPI3 ? firstContent(response) : (nil, response["schema"])
    return EndpointResponse(
      statusCode: Int(status), statusWritten: status, contentType: mediaType ?? "",
      structure: schema.map { schemaType($0) } ?? "", description: response["description"]?.string ?? "",
      extra: [:], location: location)
  }

  func firstContent(_ node: Node) -> (String?, Node?) {
    guard let content = node["content"]?.mapping, let (key, value) = content.first else { return (nil, nil) }
    return (key.string, value["schema"])
  }

  /// Swagger 2's non-body parameter type: `type`, with `format` and an array's items.
  static func plainType(_ node: Node) -> String {
    let type = node["type"]?.string ?? ""
    if type == "array", let items = node["items"] { return "array of " + plainType(items) }
    return node["format"]?.string.map { "\(type) (\($0))" } ?? type
  }
}
