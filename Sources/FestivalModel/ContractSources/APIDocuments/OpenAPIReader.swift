import Diagnostics
import Yams

/// Reads an OpenAPI 3.0 or 3.1 or a Swagger 2 document (YAML or JSON) into the interface model: the
/// component that serves it, its endpoints with parameters, request bodies and responses, and its
/// schemas as data elements with typed fields. `$ref`s are followed within the document and into the
/// other files `references` holds (content path to text); a schema named by `$ref` stays a name, so
/// cycles never expand, and one another file defines becomes a data element of its own. Every element
/// keeps the file and line of its key.
struct OpenAPIReader: APIDocumentReading {
  enum Version { case swagger2, openAPI3 }

  var path: String
  var root: Node
  let version: Version
  var contract: InterfaceContract
  var diagnostics: [Diagnostic] = []
  let documents: ReferencedDocuments
  /// The component the document's operations belong to unless one says otherwise (`x-owner`).
  var component = ""
  /// Whether `x-owner` names it; else it is inferred from the document's title.
  var componentStated = false

  /// The most operations one document gives the model (docs/limits.md).
  static let operationLimit = 10_000
  static let methods = ["get", "put", "post", "delete", "options", "head", "patch"]

  static func read(_ text: String, path: String, title: String, references: [String: String] = [:])
    -> ContractFragment
  {
    var contract = InterfaceContract(path: path, title: title)
    let root: Node
    do {
      guard let parsed = try Yams.compose(yaml: text, .default, .default, .utf8) else {
        return ContractFragment(contract: contract, diagnostics: [])
      }
      root = parsed
    } catch {
      let (line, column) = Self.place(of: error)
      let message = "the API document is not valid YAML or JSON: \(Self.reason(of: error))"
      return ContractFragment(
        contract: contract, diagnostics: [Self.finding(message, path: path, line: line, column: column)])
    }
    let documents = ReferencedDocuments(texts: references, document: root, at: path)
    if root["asyncapi"] != nil {
      return AsyncAPIReader.read(root, path: path, title: title, documents: documents)
    }
    guard let version = Self.version(root) else {
      let written = root["openapi"]?.string ?? root["swagger"]?.string ?? "none"
      let at = root["openapi"] ?? root["swagger"] ?? root
      contract.components = []
      return ContractFragment(
        contract: contract,
        diagnostics: [
          Self.finding(
            "OpenAPI version '\(written)' is not one festdoc reads (3.0, 3.1 or Swagger 2.0); the document is skipped",
            path: path, line: Self.line(at), column: Self.column(at))
        ])
    }
    var reader = OpenAPIReader(
      path: path, root: root, version: version, contract: contract, documents: documents)
    reader.readComponent()
    reader.readPaths()
    reader.readSchemas()
    reader.readReferencedSchemas(documentPath: path, owner: reader.component)
    var fragment = ContractFragment(contract: reader.contract, diagnostics: reader.diagnostics)
    fragment.referencedFiles = documents.followed
    return fragment
  }

  /// The document's security schemes, each with its kind: `bearer (http bearer)`, `key (apiKey in header
  /// X-Key)`, `oidc (openIdConnect https://…)`, `oauth (oauth2 clientCredentials)`.
  func securitySchemes() -> String? {
    let schemes = version == .openAPI3 ? root["components"]?["securitySchemes"] : root["securityDefinitions"]
    let described = (schemes?.mapping ?? [:]).compactMap { key, scheme -> String? in
      guard let name = key.string else { return nil }
      let type = scheme["type"]?.string ?? ""
      var detail = type
      if let value = scheme["scheme"]?.string { detail += " " + value }
      if let place = scheme["in"]?.string, let header = scheme["name"]?.string {
        detail += " in \(place) \(header)"
      }
      if let url = scheme["openIdConnectUrl"]?.string { detail += " " + url }
      // OAuth 2's flows are named (Swagger 2 names its one flow); their URLs and scopes are not kept.
      let flows =
        (scheme["flows"]?.mapping ?? [:]).compactMap { $0.key.string }
        + [scheme["flow"]?.string].compactMap { $0 }
      if !flows.isEmpty { detail += " " + flows.joined(separator: " ") }
      return "\(name) (\(detail))"
    }
    return described.isEmpty ? nil : described.joined(separator: ", ")
  }

  /// A `security` list as the schemes it requires, scopes in brackets: `bearer`, `key + oauth [pets:admin]`,
  /// alternatives joined by `or`; `[]` is `none`. Nil when there is no list.
  static func requirements(_ node: Node?) -> String? {
    guard let list = node?.sequence else { return nil }
    let alternatives = list.map { requirement in
      (requirement.mapping ?? [:]).compactMap { key, scopes -> String? in
        guard let name = key.string else { return nil }
        let granted = (scopes.sequence ?? []).compactMap(\.string)
        return granted.isEmpty ? name : name + " [" + granted.joined(separator: " ") + "]"
      }.joined(separator: " + ")
    }
    return alternatives.isEmpty
      ? "none" : alternatives.map { $0.isEmpty ? "none" : $0 }.joined(separator: " or ")
  }

  /// `3.0.3` and `3.1.0` are OpenAPI 3; `2.0` is Swagger 2; anything else is refused.
  static func version(_ root: Node) -> Version? {
    if let openapi = root["openapi"]?.string, openapi.hasPrefix("3.0") || openapi.hasPrefix("3.1") {
      return .openAPI3
    }
    if let swagger = root["swagger"]?.string, swagger == "2.0" || swagger == "2" { return .swagger2 }
    return nil
  }

  /// The document's own component: `x-owner` at the root or in `info`, else the title.
  mutating func readComponent() {
    let info = root["info"]
    let title = info?["title"]?.string ?? contract.title
    let stated = root["x-owner"]?.string ?? info?["x-owner"]?.string
    component = stated ?? title
    componentStated = stated != nil
    var extra: [String: String] = [:]
    if let version = info?["version"]?.string { extra["Version"] = version }
    let servers: [String] =
      version == .openAPI3
      ? (root["servers"]?.sequence ?? []).compactMap { $0["url"]?.string }
      : [root["host"]?.string, root["basePath"]?.string].compactMap { $0 }.isEmpty
        ? [] : [(root["host"]?.string ?? "") + (root["basePath"]?.string ?? "")]
    if !servers.isEmpty { extra["Servers"] = servers.joined(separator: ", ") }
    if let schemes = securitySchemes() { extra["Security schemes"] = schemes }
    if let required = Self.requirements(root["security"]) { extra["Security"] = required }
    let description = info?["description"]?.string ?? ""
    let summary = description.split(separator: "\n").first.map(String.init) ?? title
    contract.components.append(
      Component(
        name: component, responsibility: summary, technology: ["REST"], dependencies: [], owner: nil,
        extra: extra, location: at(info ?? root)))
  }

  /// Every named schema (`components/schemas`, Swagger's `definitions`) as a data element.
  mutating func readSchemas() {
    let schemas = version == .openAPI3 ? root["components"]?["schemas"] : root["definitions"]
    for (key, written) in schemas?.mapping ?? [:] {
      guard let name = key.string else { continue }
      contract.entities.append(entity(named: name, at: key, schema: written, owner: component))
    }
  }

  static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }
  static func column(_ node: Node) -> Int { node.mark?.column ?? 1 }

  static func place(of error: Error) -> (Int, Int) {
    if let yaml = error as? YamlError {
      switch yaml {
      case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
        return (mark.line, mark.column)
      default: break
      }
    }
    return (1, 1)
  }

  static func reason(of error: Error) -> String {
    if let yaml = error as? YamlError {
      switch yaml {
      case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
        return problem
      default: break
      }
    }
    return "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
  }
}
