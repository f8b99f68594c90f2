/// A figure with its unit, read from text like `<200ms`, `99.95%`, `1000 RPS` or `100 req/sec`.
public struct Quantity: Hashable, Sendable, Codable {
  public enum Comparator: String, Hashable, Sendable, Codable {
    case lessThan = "<"
    case atMost = "<="
    case greaterThan = ">"
    case atLeast = ">="
    case about = "~"
    case equal = "="
  }

  public var value: Double
  /// The unit as normalized (`ms`, `s`, `%`, `req/s`, `req/min`, `GB`, ...), or "" for a bare number.
  public var unit: String
  public var comparator: Quantity.Comparator
  /// The value in the base unit of its dimension (milliseconds, requests per second, bytes), to compare.
  public var baseValue: Double
  public var baseUnit: String
  /// The text it was read from.
  public var written: String
}
