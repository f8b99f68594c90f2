import ContentReader
import Diagnostics
import Yams

/// What the OpenAPI and AsyncAPI readers share: the document, its places, `$ref`s followed within it
/// and into other files, and JSON Schemas read as data elements with typed fields.
///
/// `path` and `root` are the file being read: the document's own, or, inside `within`, the file a
/// `$ref` led to, so that its own `$ref`s and its elements' places are that file's.
protocol APIDocumentReading {
  var path: String { get set }
  var root: Node { get set }
  var diagnostics: [Diagnostic] { get set }
  var contract: InterfaceContract { get set }
  /// The files `$ref`s lead to, shared by every scope.
  var documents: ReferencedDocuments { get }
}

extension APIDocumentReading {
  /// The most `$ref`s followed in a row, and the deepest nesting of inline objects read as fields.
  static var referenceDepth: Int { 32 }
  static var nestingDepth: Int { 16 }

  /// A named schema as a data element: an object's properties as fields, an enum's values as values.
  mutating func entity(named name: String, at key: Node, schema written: Node, owner: String) -> DataEntity {
    let location = at(key)
    let place = locate(written) ?? Located(node: written, file: path, root: root)
    return within(place) { $0.entity(named: name, at: location, schema: place.node, owner: owner) }
  }

  /// The entity of a schema already followed to the file being read.
  private mutating func entity(named name: String, at location: SourceLocation, schema: Node, owner: String)
    -> DataEntity
  {
    var entity = DataEntity(
      name: name, purpose: schema["description"]?.string ?? schema["title"]?.string ?? "", storage: "",
      relationships: [], relationshipsWritten: "", accessPatterns: [],
      owner: Ownership(component: owner, inferred: true, basis: "a schema of its API document"),
      extra: [:], location: location)
    if let values = schema["enum"]?.sequence, schema["properties"] == nil {
      entity.form = .enumeration
      entity.values = values.map {
        EnumValue(name: $0.string ?? "", number: "", description: "", location: at($0))
      }
    } else {
      entity.form = .schema
      entity.fields = fields(of: schema, prefix: "", depth: 0)
      let composed = Self.composition(schema, type: { schemaType($0) })
      if !composed.isEmpty { entity.extra["Composition"] = composed }
    }
    return entity
  }

  // MARK: Places

  func at(_ node: Node) -> SourceLocation {
    SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }

  static func finding(_ message: String, path: String, line: Int, column: Int) -> Diagnostic {
    Diagnostic(
      .error, rule: .sourcesOpenAPI, message: message,
      at: SourceLocation(file: path, line: max(1, line), column: max(1, column)),
      fix: "check the document with an OpenAPI or AsyncAPI validator")
  }

  mutating func report(_ message: String, at node: Node) {
    diagnostics.append(
      Self.finding(message, path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1))
  }

  /// An object's properties as fields, those of inline objects under dotted names (`address.city`);
  /// `allOf` parts' properties join in.
  mutating func fields(of schema: Node, prefix: String, depth: Int) -> [DataField] {
    guard depth < Self.nestingDepth else { return [] }
    var result: [DataField] = []
    for part in schema["allOf"]?.sequence ?? [] where part["$ref"] == nil {
      result += fields(of: part, prefix: prefix, depth: depth + 1)
    }
    let required = Set((schema["required"]?.sequence ?? []).compactMap(\.string))
    for (key, written) in schema["properties"]?.mapping ?? [:] {
      guard let name = key.string else { continue }
      let property = written["$ref"] == nil ? written : (resolve(written) ?? written)
      let isRequired = required.contains(name)
      result.append(
        DataField(
          name: prefix + name, type: schemaType(written), required: isRequired,
          requiredWritten: isRequired ? "Yes" : "No", validation: Self.validation(property),
          defaultValue: property["default"].map { $0.string ?? "\($0)" },
          description: property["description"]?.string ?? "", extra: [:], location: at(key)))
      if written["$ref"] == nil, written["properties"] != nil {
        result += fields(of: written, prefix: prefix + name + ".", depth: depth + 1)
      }
    }
    return result
  }

  /// A schema's type as a reader writes it: a `$ref`'s name, `array of X`, `string (date-time)`,
  /// `oneOf A | B`, `X | null` for a nullable one.
  func schemaType(_ schema: Node, depth: Int = 0) -> String {
    guard depth < Self.nestingDepth else { return "…" }
    if let reference = schema["$ref"]?.string {
      noteSchema(reference, at: schema["$ref"] ?? schema)
      return Self.referenceName(reference)
    }
    let composed = Self.composition(schema, type: { schemaType($0, depth: depth + 1) })
    if !composed.isEmpty { return composed }
    var types = schema["type"]?.sequence?.compactMap(\.string) ?? schema["type"]?.string.map { [$0] } ?? []
    let nullable = types.contains("null") || schema["nullable"]?.bool == true
    types.removeAll { $0 == "null" }
    var text = types.joined(separator: " | ")
    if types == ["array"], let items = schema["items"] {
      text = "array of " + schemaType(items, depth: depth + 1)
    }
    if let format = schema["format"]?.string { text += " (\(format))" }
    if text.isEmpty { text = schema["properties"] != nil ? "object" : "" }
    return nullable && !text.isEmpty ? text + " | null" : text
  }

  /// `allOf A & B`, `oneOf A | B`, `anyOf A | B`, or "" for none.
  static func composition(_ schema: Node, type: (Node) -> String) -> String {
    for (keyword, separator) in [("oneOf", " | "), ("anyOf", " | "), ("allOf", " & ")] {
      if let parts = schema[keyword]?.sequence, !parts.isEmpty {
        return keyword + " " + parts.map(type).filter { !$0.isEmpty }.joined(separator: separator)
      }
    }
    return ""
  }

  /// What a property's validation keywords allow: its enum, bounds, lengths and pattern.
  static func validation(_ schema: Node) -> String {
    var parts: [String] = []
    if let values = schema["enum"]?.sequence {
      parts.append("one of: " + values.map { $0.string ?? "\($0)" }.joined(separator: ", "))
    }
    for (keyword, shown) in [
      ("minimum", ">="), ("maximum", "<="), ("exclusiveMinimum", ">"), ("exclusiveMaximum", "<"),
      ("minLength", "length >="), ("maxLength", "length <="), ("minItems", "items >="),
      ("maxItems", "items <="),
    ] {
      if let value = schema[keyword]?.string, value != "true", value != "false" {
        parts.append("\(shown) \(value)")
      }
    }
    if let pattern = schema["pattern"]?.string { parts.append("`\(pattern)`") }
    return parts.joined(separator: ", ")
  }

  /// `Pet` from `#/components/schemas/Pet`, `other.yaml#/Pet` or `other.yaml`.
  static func referenceName(_ reference: String) -> String {
    let (file, pointer) = Self.split(reference)
    let last = pointer.split(separator: "/").last.map(String.init) ?? ""
    guard last.isEmpty else {
      return last.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
    let name = file.split(separator: "/").last.map(String.init) ?? file
    return name.split(separator: ".").first.map(String.init) ?? name
  }

}
