import Diagnostics
import Foundation

extension InterfaceContractReader {
  /// Creates a service interface for every section that holds operations or a data contract (or says
  /// how it communicates), and an endpoint for every section that gives a method, URL or
  /// parameter and response tables, before their tables are read.
  mutating func createServicesAndEndpoints() {
    for section in serviceSections.values.sorted(by: { $0.line < $1.line }) {
      let fields = section.fields
      var name = section.title
      for suffix in [" service interface", " interface", " api"] where name.lowercased().hasSuffix(suffix) {
        name = String(name.dropLast(suffix.count))
        if suffix == " service interface" { name += " Service" }
        break
      }
      let location = at(section.line, section.column)
      let component =
        PlaceholderDetector.isTemplateValue(name)
        ? nil : reference(name, at: location, context: "service interface", kinds: [.component])
      contract.serviceInterfaces.append(
        ServiceInterface(
          name: name, component: component, purpose: filled(fields["purpose"]?.value),
          communicationMethod: filled(fields["communicationmethod"]?.value), operations: [], dataContract: [],
          location: location))
    }
    for section in endpointSections.values.sorted(by: { $0.line < $1.line }) {
      createEndpoint(section)
    }
  }

  private mutating func createEndpoint(_ section: DocumentSection) {
    let fields = section.fields
    var methodText = filled(fields["httpmethod"]?.value ?? fields["method"]?.value) ?? ""
    var url =
      filled(
        fields["urlpattern"]?.value ?? fields["url"]?.value ?? fields["path"]?.value
          ?? fields["endpoint"]?.value)
      ?? ""
    // `#### GET /users/{id}` carries both in the heading.
    let titleWords = section.title.split(separator: " ").map(String.init)
    if methodText.isEmpty, let first = titleWords.first, HTTPMethod(rawValue: first.uppercased()) != nil {
      methodText = first
      if url.isEmpty, titleWords.count > 1 { url = titleWords[1] }
    }
    let location = at(section.line, section.column)
    if PlaceholderDetector.isTemplateValue(section.title) && methodText.isEmpty && url.isEmpty { return }
    let method = HTTPMethod(rawValue: methodText.uppercased().trimmingSpaces())
    if method == nil && !methodText.isEmpty {
      flag(
        "HTTP method", methodText, at: at(fields["httpmethod"]?.line ?? section.line, 1),
        fix: "write GET, POST, PUT, PATCH or DELETE")
    }
    var owner: Ownership?
    if let service = filled(fields["service"]?.value ?? fields["component"]?.value ?? fields["owner"]?.value)
    {
      let line = (fields["service"] ?? fields["component"] ?? fields["owner"])?.line ?? section.line
      let resolved = reference(service, at: at(line, 1), context: "endpoint service", kinds: [.component])
      owner = Ownership(component: resolved.target?.name ?? service, inferred: false, basis: "service line")
    }
    var endpoint = Endpoint(
      name: section.title, purpose: filled(fields["purpose"]?.value), method: method,
      methodWritten: methodText,
      urlPattern: url, pathParameters: Self.pathParameters(of: url), owner: owner, parameters: [],
      responses: [],
      location: location)
    endpoint.extra = Self.endpointFacts(fields.mapValues(\.value)).compactMapValues(filled)
    contract.endpoints.append(endpoint)
  }

  /// The facts an OpenAPI operation also states, written as `**Security**: bearer`, `**Deprecated**:
  /// yes`, `**Operation ID**: getTimeline`, `**Tags**: tracking`, by the labels the OpenAPI reader uses.
  static func endpointFacts(_ fields: [String: String]) -> [String: String] {
    var facts: [String: String] = [:]
    for (key, label) in [("security", "Security"), ("operationid", "Operation ID"), ("tags", "Tags")] {
      if let value = fields[key] { facts[label] = value }
    }
    if let deprecated = fields["deprecated"]?.lowercased() {
      facts["Deprecated"] =
        ["yes", "true", "y"].contains(deprecated.trimmingSpaces()) ? "Yes" : "No"
    }
    return facts
  }

  /// `{userId}` and `:userId` segments.
  static func pathParameters(of url: String) -> [String] {
    url.split(separator: "/").compactMap { segment in
      if segment.hasPrefix("{") && segment.hasSuffix("}") { return String(segment.dropFirst().dropLast()) }
      if segment.hasPrefix(":") { return String(segment.dropFirst()) }
      return nil
    }
  }

  func filled(_ value: String?) -> String? {
    guard let value = value?.trimmingSpaces(), !value.isEmpty,
      !PlaceholderDetector.isTemplateValue(value)
    else { return nil }
    return value
  }

  mutating func readServiceTable(_ table: LocatedTable, _ view: TableView, _ rows: [[TableView.Cell]]) {
    guard
      let owner = owningSection(
        table.sections, skipping: ["operations", "operationstable", "datacontracts", "datacontract"]),
      // Searched from the end: a table follows its section's heading, so its owner is the latest one.
      let index = contract.serviceInterfaces.lastIndex(where: { $0.location.line == owner.line })
    else { return }
    for row in rows {
      if table.kind == .operations {
        let sla = view.text("sla", in: row)
        contract.serviceInterfaces[index].operations.append(
          Operation(
            name: view.text("name", in: row), input: view.text("input", in: row),
            output: view.text("output", in: row),
            errorCases: list(view.text("errorCases", in: row)), performanceSLA: sla,
            slaFigures: figures(in: sla), extra: view.extra(in: row),
            location: view.rowLocation(row)))
      } else {
        let defaultText = view.text("default", in: row)
        contract.serviceInterfaces[index].dataContract.append(
          DataField(
            name: view.text("name", in: row), type: view.text("type", in: row),
            required: readRequired(view.cell("required", in: row)),
            requiredWritten: view.text("required", in: row),
            validation: view.text("validation", in: row),
            defaultValue: TextFolding.isEmptyValue(defaultText) ? nil : defaultText,
            description: view.text("description", in: row), extra: view.extra(in: row),
            location: view.rowLocation(row)))
      }
    }
  }

  mutating func readEndpointTable(_ table: LocatedTable, _ view: TableView, _ rows: [[TableView.Cell]]) {
    guard
      let owner = owningSection(
        table.sections,
        skipping: ["requestformat", "responseformat", "request", "response", "parameters", "responses"]),
      let index = contract.endpoints.lastIndex(where: { $0.location.line == owner.line })
    else { return }
    for row in rows {
      if table.kind == .parameters {
        let placementText = view.text("placement", in: row)
        let placement = ParameterPlacement(rawValue: TextFolding.fold(placementText))
        if placement == nil, let cell = view.cell("placement", in: row), !cell.text.isEmpty {
          flag(
            "parameter location", cell.text, at: cell.location,
            fix: "write path, query, header, body or cookie")
        }
        contract.endpoints[index].parameters.append(
          EndpointParameter(
            name: view.text("name", in: row), placement: placement, placementWritten: placementText,
            type: view.text("type", in: row), required: readRequired(view.cell("required", in: row)),
            requiredWritten: view.text("required", in: row), description: view.text("description", in: row),
            extra: view.extra(in: row), location: view.rowLocation(row)))
      } else {
        contract.endpoints[index].responses.append(
          EndpointResponse(
            statusCode: readStatusCode(view.cell("status", in: row)),
            statusWritten: view.text("status", in: row),
            contentType: view.text("contentType", in: row), structure: view.text("structure", in: row),
            description: view.text("description", in: row), extra: view.extra(in: row),
            location: view.rowLocation(row)))
      }
    }
  }
}
