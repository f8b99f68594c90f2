/// A rule id enum (`RuleID` for findings, the diff's `DiffRule`): its raw value is the id as written,
/// `area.name`, which is also how it prints and sorts.
public protocol RuleIdentifier: RawRepresentable, Comparable, CustomStringConvertible
where RawValue == String {}

extension RuleIdentifier {
  /// The id as written in findings, reports, `--disable` and festdoc.yml.
  public var id: String { rawValue }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
