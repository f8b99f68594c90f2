import FestivalModel
import Foundation

/// The merged contract as OpenAPI 3.1 documents, one per component that serves endpoints: its
/// endpoints with parameters, request bodies and responses, and the schemas they name (with the
/// component's own data elements). What OpenAPI cannot carry goes into `x-festdoc`; nothing is
/// invented: a field without a type stays untyped, with a note.
public enum OpenAPIExport {
  /// File name (the component's slug) and JSON text of each document, in component order. Endpoints
  /// no component owns go into one document named after the contract.
  public static func documents(_ contract: InterfaceContract) -> [(name: String, text: String)] {
    var owners: [String] = []
    for endpoint in contract.endpoints {
      let owner = endpoint.owner?.component ?? contract.title
      if !owners.contains(owner) { owners.append(owner) }
    }
    return owners.map { owner in
      (slug(owner) + ".openapi.json", text(document(for: owner, in: contract)))
    }
  }

  static func document(for owner: String, in contract: InterfaceContract) -> [String: Any] {
    let key = TextFolding.fold(owner)
    let endpoints = contract.endpoints.filter {
      TextFolding.fold($0.owner?.component ?? contract.title) == key
    }
    let component = contract.components.first { TextFolding.fold($0.name) == key }
    let entities = schemas(for: key, endpoints: endpoints, in: contract)
    let known = Set(entities.map(\.name))
    var info: [String: Any] = ["title": owner, "version": component?.extra["Version"] ?? "unversioned"]
    if let responsibility = component?.responsibility, !responsibility.isEmpty {
      info["description"] = responsibility
    }
    let security = SecurityText.schemes(component?.extra["Security schemes"])
    let schemeNames = Set(security.carried.keys)
    var festdoc: [String: Any] = ["contract": contract.path]
    var document: [String: Any] = [
      "openapi": "3.1.0", "info": info, "paths": paths(endpoints, known: known, schemes: schemeNames),
    ]
    if !security.notCarried.isEmpty { festdoc["security schemes"] = security.notCarried }
    if let required = component?.extra["Security"] {
      if let list = SecurityText.requirement(required, known: schemeNames) {
        document["security"] = list
      } else {
        festdoc["security"] = required
      }
    }
    document["x-festdoc"] = festdoc
    if let servers = component?.extra["Servers"] {
      document["servers"] = servers.components(separatedBy: ", ").map { ["url": $0] }
    }
    var components: [String: Any] = [:]
    if !entities.isEmpty {
      components["schemas"] = Dictionary(
        uniqueKeysWithValues: entities.map { ($0.name, schema($0, known: known)) })
    }
    if !security.carried.isEmpty { components["securitySchemes"] = security.carried }
    if !components.isEmpty { document["components"] = components }
    return document
  }

  /// The component's own data elements, and every one its endpoints name, so each `$ref` resolves.
  static func schemas(for key: String, endpoints: [Endpoint], in contract: InterfaceContract) -> [DataEntity]
  {
    var names = Set<String>()
    let texts =
      endpoints.flatMap { $0.parameters.map(\.type) + $0.responses.map(\.structure) }
    var pending = contract.entities.filter { entity in
      entity.owner.map { TextFolding.fold($0.component) } == key
        || texts.contains { mentions($0, entity.name) }
    }
    var result: [DataEntity] = []
    while let entity = pending.first {
      pending.removeFirst()
      guard names.insert(entity.name).inserted else { continue }
      result.append(entity)
      let fieldTypes = entity.fields.map(\.type)
      pending += contract.entities.filter { other in
        !names.contains(other.name) && fieldTypes.contains { mentions($0, other.name) }
      }
    }
    return result.sorted { $0.name < $1.name }
  }

  static func mentions(_ type: String, _ name: String) -> Bool {
    type.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "." }).contains {
      String($0) == name
    }
  }

  static func slug(_ name: String) -> String {
    let folded = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
    return String(folded).split(separator: "-").joined(separator: "-")
  }

  /// Sorted keys and two-space indentation: the same contract always gives the same bytes.
  static func text(_ document: [String: Any]) -> String {
    let data =
      (try? JSONSerialization.data(
        withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
