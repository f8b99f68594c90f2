import Foundation

/// A small JSON value with ordered keys, so diagram JSON prints the same bytes every time.
public indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Int)
  case real(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// Pretty-printed with two-space indentation and keys in the order given.
  public func serialized(indent: Int = 0) -> String {
    let pad = String(repeating: "  ", count: indent)
    let inner = String(repeating: "  ", count: indent + 1)
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let value): return String(value)
    case .real(let value): return value.isFinite ? "\(value)" : "null"
    case .string(let value): return Self.quote(value)
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { inner + $0.serialized(indent: indent + 1) }.joined(separator: ",\n")
        + "\n\(pad)]"
    case .object(let entries):
      if entries.isEmpty { return "{}" }
      return "{\n"
        + entries.map { inner + Self.quote($0.0) + ": " + $0.1.serialized(indent: indent + 1) }.joined(
          separator: ",\n")
        + "\n\(pad)}"
    }
  }

  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "<": result += "\\u003c"  // so the JSON can sit inside a <script> safely
      default:
        if scalar.value < 0x20 {
          result += String(format: "\\u%04x", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
