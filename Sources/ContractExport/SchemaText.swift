/// A type as the model writes it (`integer (int64)`, `array of Pet`, `string | null`, `oneOf A | B`,
/// `UUID`) as a JSON Schema for OpenAPI 3.1. A name the document defines becomes a `$ref`; text that
/// names no type is kept as `x-festdoc-type`, never guessed into one.
enum SchemaText {
  static let primitives: Set<String> = ["string", "integer", "number", "boolean", "object", "array"]
  /// Names the template's tables use for common types, with their JSON Schema type and format.
  static let aliases: [String: (type: String, format: String?)] = [
    "int": ("integer", "int32"), "int32": ("integer", "int32"), "int64": ("integer", "int64"),
    "long": ("integer", "int64"), "float": ("number", "float"), "double": ("number", "double"),
    "decimal": ("number", nil), "bool": ("boolean", nil), "uuid": ("string", "uuid"),
    "timestamp": ("string", "date-time"), "datetime": ("string", "date-time"), "date": ("string", "date"),
  ]

  /// `known` are the schemas the document defines.
  static func schema(_ text: String, known: Set<String>) -> [String: Any] {
    let written = text.trimmingCharacters(in: .whitespaces)
    if written.isEmpty { return ["x-festdoc-note": "no type given"] }
    for (keyword, separator) in [("oneOf", " | "), ("anyOf", " | "), ("allOf", " & ")]
    where written.hasPrefix(keyword + " ") {
      let parts = written.dropFirst(keyword.count + 1).components(separatedBy: separator)
      return [keyword: parts.map { schema($0, known: known) }]
    }
    if written.hasSuffix(" | null") {
      var inner = schema(String(written.dropLast(7)), known: known)
      if let type = inner["type"] as? String {
        inner["type"] = [type, "null"]
        return inner
      }
      return ["anyOf": [inner, ["type": "null"]]]
    }
    if written.hasPrefix("array of ") {
      return ["type": "array", "items": schema(String(written.dropFirst(9)), known: known)]
    }
    if known.contains(written) { return ["$ref": "#/components/schemas/" + written] }
    var base = written
    var format: String?
    if let open = written.firstIndex(of: "("), written.hasSuffix(")") {
      base = written[..<open].trimmingCharacters(in: .whitespaces)
      format = String(written[written.index(after: open)..<written.index(before: written.endIndex)])
    }
    let lower = base.lowercased()
    let found: (type: String, format: String?)? =
      primitives.contains(lower) ? (lower, nil) : aliases[lower]
    guard let found else { return ["x-festdoc-type": written] }
    var result: [String: Any] = ["type": found.type]
    if let format = format ?? found.format { result["format"] = format }
    return result
  }
}
