import ContractDiff
import Foundation
import Testing

/// Error-case and value-list cells compare as lists: written another way they are no change, one added
/// item is one change.
@Suite struct ValueListTests {
  static let statusRow = "| insuredValue | Decimal | No | >= 0, two decimals | 0.00 |"

  static func contract(errors: String, statuses: String? = nil) throws -> String {
    var text = try DiffFixtures.base.replacingOccurrences(
      of: "| Not found, Forbidden | <80ms |", with: "| \(errors) | <80ms |")
    if let statuses {
      text = text.replacingOccurrences(
        of: statusRow, with: statusRow + "\n| status | Enum | Yes | \(statuses) | CREATED |")
    }
    return text
  }

  @Test func aReformattedErrorListIsNoChange() throws {
    let old = try Self.contract(errors: "Not found, Forbidden")
    for written in [
      "Not found \\| Forbidden", "Not found; Forbidden", "Not found or Forbidden", "Forbidden, Not found",
    ] {
      let diff = DiffFixtures.diff(old: old, new: try Self.contract(errors: written))
      #expect(diff.changes.isEmpty, "\(written): \(diff.changes.map(\.summary))")
    }
  }

  @Test func oneAddedErrorCaseIsOneChange() throws {
    let diff = DiffFixtures.diff(
      old: try Self.contract(errors: "Not found, Forbidden"),
      new: try Self.contract(errors: "Not found \\| Forbidden \\| Gone"))
    #expect(diff.changes.map(\.rule) == [.operationErrorAdded])
    #expect(diff.changes.first?.subject.last == "Gone")
  }

  @Test func aValueListComparesValueByValue() throws {
    let errors = "Not found, Forbidden"
    let old = try Self.contract(errors: errors, statuses: "one of: CREATED, PICKED_UP, DELIVERED")
    let same = DiffFixtures.diff(
      old: old, new: try Self.contract(errors: errors, statuses: "`DELIVERED` \\| `CREATED` \\| `PICKED_UP`"))
    #expect(same.changes.isEmpty)
    let widened = DiffFixtures.diff(
      old: old, new: try Self.contract(errors: errors, statuses: "CREATED, PICKED_UP, DELIVERED, RETURNED"))
    #expect(widened.changes.map(\.summary) == ["status also allows RETURNED."])
    let narrowed = DiffFixtures.diff(
      old: old, new: try Self.contract(errors: errors, statuses: "CREATED or DELIVERED"))
    #expect(narrowed.changes.map(\.summary) == ["status no longer allows PICKED_UP."])
    // A rule that is no list still compares as text.
    let rule = DiffFixtures.diff(
      old: old, new: try Self.contract(errors: errors, statuses: "any upper-case word"))
    #expect(rule.changes.map(\.summary) == ["status is validated differently."])
  }
}
