import Foundation

/// A small JSON Schema (draft 7) checker for the keywords the test schemas use: `type`, `enum`,
/// `required`, `properties`, `additionalProperties`, `items`, `uniqueItems`, `minimum`, `maximum`,
/// `pattern`, `anyOf` and local `$ref`s. Every other keyword is refused, so a schema cannot silently
/// ask for more than is checked.
public struct JSONSchemaCheck {
  let root: [String: Any]

  public init(schema: [String: Any]) { root = schema }

  static let known: Set<String> = [
    "$comment", "$schema", "definitions", "type", "enum", "required", "properties", "additionalProperties",
    "items", "uniqueItems", "minimum", "maximum", "pattern", "anyOf", "$ref",
  ]

  /// Every way `value` breaks the schema, each with its JSON path; empty when it conforms.
  public func errors(_ value: Any) -> [String] { errors(value, root, path: "$") }

  func errors(_ value: Any, _ schema: [String: Any], path: String) -> [String] {
    if let unknown = schema.keys.first(where: { !Self.known.contains($0) }) {
      return ["\(path): the checker does not know the keyword '\(unknown)'"]
    }
    if let reference = schema["$ref"] as? String {
      let name = reference.replacingOccurrences(of: "#/definitions/", with: "")
      guard let definitions = root["definitions"] as? [String: Any],
        let target = definitions[name] as? [String: Any]
      else { return ["\(path): unresolved \(reference)"] }
      return errors(value, target, path: path)
    }
    var found: [String] = []
    if let type = schema["type"] as? String, !Self.matches(value, type) {
      return ["\(path): expected \(type), found \(value)"]
    }
    if let choices = schema["enum"] as? [Any], !choices.contains(where: { Self.same($0, value) }) {
      found.append("\(path): \(value) is not one of \(choices)")
    }
    if let alternatives = schema["anyOf"] as? [[String: Any]],
      !alternatives.contains(where: { errors(value, $0, path: path).isEmpty })
    {
      found.append("\(path): matches none of anyOf")
    }
    if let number = value as? NSNumber, !(value is Bool) {
      if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
        found.append("\(path): below \(minimum)")
      }
      if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum {
        found.append("\(path): above \(maximum)")
      }
    }
    if let text = value as? String, let pattern = schema["pattern"] as? String,
      text.range(of: pattern, options: .regularExpression) == nil
    {
      found.append("\(path): '\(text)' does not match \(pattern)")
    }
    if let object = value as? [String: Any] { found += objectErrors(object, schema, path: path) }
    if let array = value as? [Any] {
      if let items = schema["items"] as? [String: Any] {
        for (index, item) in array.enumerated() { found += errors(item, items, path: "\(path)[\(index)]") }
      }
      if schema["uniqueItems"] as? Bool == true {
        let texts = array.map { Self.canonical($0) }
        if Set(texts).count != texts.count { found.append("\(path): items are not unique") }
      }
    }
    return found
  }

  func objectErrors(_ object: [String: Any], _ schema: [String: Any], path: String) -> [String] {
    var found: [String] = []
    for key in schema["required"] as? [String] ?? [] where object[key] == nil {
      found.append("\(path): lacks '\(key)'")
    }
    let properties = schema["properties"] as? [String: Any] ?? [:]
    for key in object.keys.sorted() {
      let child = "\(path).\(key)"
      if let property = properties[key] as? [String: Any] {
        found += errors(object[key]!, property, path: child)
      } else if schema["additionalProperties"] as? Bool == false {
        found.append("\(child): not allowed here")
      } else if let additional = schema["additionalProperties"] as? [String: Any] {
        found += errors(object[key]!, additional, path: child)
      }
    }
    return found
  }

  static func matches(_ value: Any, _ type: String) -> Bool {
    switch type {
    case "object": return value is [String: Any]
    case "array": return value is [Any]
    case "string": return value is String
    case "boolean":
      return value is Bool && (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? true
    case "integer":
      guard let number = value as? NSNumber, !matches(value, "boolean") else { return false }
      return number.doubleValue == number.doubleValue.rounded()
    case "number": return value is NSNumber && !matches(value, "boolean")
    default: return false
    }
  }

  static func same(_ a: Any, _ b: Any) -> Bool { canonical(a) == canonical(b) }

  static func canonical(_ value: Any) -> String {
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: ["v": value], options: [.sortedKeys, .fragmentsAllowed])
    else { return "\(value)" }
    return String(decoding: data, as: UTF8.self)
  }
}
