import Foundation

/// Reads figures with units out of SLA, performance and capacity cells.
enum QuantityParser {
  private struct UnitInfo {
    var unit: String
    var factor: Double
    var baseUnit: String
  }

  private static let units: [(spellings: [String], info: UnitInfo)] = [
    (["ms", "msec", "millisecond", "milliseconds"], UnitInfo(unit: "ms", factor: 1, baseUnit: "ms")),
    (["s", "sec", "secs", "second", "seconds"], UnitInfo(unit: "s", factor: 1000, baseUnit: "ms")),
    (["min", "mins", "minute", "minutes"], UnitInfo(unit: "min", factor: 60_000, baseUnit: "ms")),
    (["h", "hr", "hrs", "hour", "hours"], UnitInfo(unit: "h", factor: 3_600_000, baseUnit: "ms")),
    (["d", "day", "days"], UnitInfo(unit: "d", factor: 86_400_000, baseUnit: "ms")),
    (["%"], UnitInfo(unit: "%", factor: 1, baseUnit: "%")),
    (
      [
        "rps", "qps", "tps", "req/sec", "req/s", "requests/sec", "requests/second", "requests/s", "/sec",
        "/s",
        "msg/s", "msgs/sec", "messages/sec", "events/sec",
      ],
      UnitInfo(unit: "req/s", factor: 1, baseUnit: "req/s")
    ),
    (
      ["rpm", "req/min", "requests/min", "requests/minute", "/min", "msgs/min", "messages/min"],
      UnitInfo(unit: "req/min", factor: 1.0 / 60, baseUnit: "req/s")
    ),
    (["tb"], UnitInfo(unit: "TB", factor: 1_099_511_627_776, baseUnit: "B")),
    (["gb"], UnitInfo(unit: "GB", factor: 1_073_741_824, baseUnit: "B")),
    (["mb"], UnitInfo(unit: "MB", factor: 1_048_576, baseUnit: "B")),
    (["kb"], UnitInfo(unit: "KB", factor: 1024, baseUnit: "B")),
  ]

  private static let pattern = try! NSRegularExpression(
    pattern: #"(<=|>=|≤|≥|<|>|~|=)?\s*(\d+(?:,\d{3})*(?:\.\d+)?)\s*([a-zA-Z%/]+(?:/[a-zA-Z]+)?)?"#)

  /// Every figure in `text`. `defaultUnit` applies to bare numbers (a `Throughput (RPS)` column).
  static func quantities(in text: String, defaultUnit: String? = nil) -> [Quantity] {
    // Every figure has a digit; `\d` takes any script's digits, so only all-ASCII text is decided here.
    let ascii = text.utf8.allSatisfy { $0 < 0x80 }
    if ascii && !text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
      return []
    }
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).compactMap { match in
      guard let numberRange = Range(match.range(at: 2), in: text) else { return nil }
      // A digit glued to letters before it (`TLS1`, `p95`) is part of a word, not a figure.
      if numberRange.lowerBound > text.startIndex {
        let before = text[text.index(before: numberRange.lowerBound)]
        if before.isLetter || before == "." { return nil }
      }
      let comparatorText = Range(match.range(at: 1), in: text).map { String(text[$0]) }
      let unitText = Range(match.range(at: 3), in: text).map { String(text[$0]) }
      guard let value = Double(text[numberRange].replacingOccurrences(of: ",", with: "")) else { return nil }
      let written = Range(match.range, in: text).map { String(text[$0]).trimmingSpaces() }
      return make(
        value: value, unitText: unitText ?? defaultUnit, comparator: comparator(comparatorText),
        written: written ?? "")
    }
  }

  /// The first figure in `text`.
  static func first(in text: String, defaultUnit: String? = nil) -> Quantity? {
    quantities(in: text, defaultUnit: defaultUnit).first
  }

  private static func make(value: Double, unitText: String?, comparator: Quantity.Comparator, written: String)
    -> Quantity
  {
    let spelled = unitText?.lowercased() ?? ""
    if let info = units.first(where: { $0.spellings.contains(spelled) })?.info {
      return Quantity(
        value: value, unit: info.unit, comparator: comparator, baseValue: value * info.factor,
        baseUnit: info.baseUnit, written: written)
    }
    // A word after the number that is no unit we know (`5 instances`) is kept as its unit.
    let unit = spelled.isEmpty ? "" : spelled
    return Quantity(
      value: value, unit: unit, comparator: comparator, baseValue: value, baseUnit: unit, written: written)
  }

  private static func comparator(_ text: String?) -> Quantity.Comparator {
    switch text {
    case "<": .lessThan
    case "<=", "≤": .atMost
    case ">": .greaterThan
    case ">=", "≥": .atLeast
    case "~": .about
    default: .equal
    }
  }
}
