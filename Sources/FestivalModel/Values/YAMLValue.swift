/// A front matter value as YAML wrote it, in a form that compares and encodes deterministically.
public indirect enum YAMLValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case integer(Int)
  case number(Double)
  case string(String)
  case list([YAMLValue])
  /// Keys in the order they were written.
  case map([YAMLEntry])

  /// The value as one line of text, for display (`[a, b]` for lists).
  public var displayText: String {
    switch self {
    case .null: ""
    case .bool(let value): value ? "true" : "false"
    case .integer(let value): String(value)
    case .number(let value): String(value)
    case .string(let value): value
    case .list(let items): items.map(\.displayText).filter { !$0.isEmpty }.joined(separator: ", ")
    case .map(let entries): entries.map { "\($0.key): \($0.value.displayText)" }.joined(separator: ", ")
    }
  }

  public var stringValue: String? {
    switch self {
    case .string(let value): value
    case .integer, .number, .bool: displayText
    default: nil
    }
  }
}

extension YAMLValue: Codable {
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .integer(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([YAMLValue].self) {
      self = .list(value)
    } else {
      self = .map(try container.decode([YAMLEntry].self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .integer(let value): try container.encode(value)
    case .number(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    case .list(let items): try container.encode(items)
    case .map(let entries): try container.encode(entries)
    }
  }
}
