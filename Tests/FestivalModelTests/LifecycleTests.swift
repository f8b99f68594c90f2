import Diagnostics
import Testing

@testable import FestivalModel

/// Lifecycles read from a status field's cells: chains, alternatives, lead-ins, and prose that is no
/// lifecycle.
@Suite struct LifecycleTests {
  func field(_ name: String, validation: String, description: String = "") -> DataField {
    DataField(
      name: name, type: "Enum", required: true, requiredWritten: "Yes", validation: validation,
      defaultValue: nil, description: description, extra: [:],
      location: SourceLocation(file: "c.md", line: 1, column: 1))
  }

  @Test func chainsAndAlternatives() throws {
    let lifecycle = try #require(
      Lifecycle.first(in: [
        field("orderStatus", validation: "`PENDING` -> `PAID` → SHIPPED | CANCELLED, PAID => REFUNDED")
      ]))
    #expect(lifecycle.states == ["PENDING", "PAID", "SHIPPED", "CANCELLED", "REFUNDED"])
    #expect(
      lifecycle.transitions.map { "\($0.from)>\($0.to)" }
        == ["PENDING>PAID", "PAID>SHIPPED", "PAID>CANCELLED", "PAID>REFUNDED"])
  }

  @Test func aLeadInAndTheDescriptionCell() throws {
    let lifecycle = try #require(
      Lifecycle.first(in: [
        field(
          "state", validation: "one of the values", description: "Transitions: draft -> active or archived")
      ]))
    #expect(lifecycle.transitions.map(\.to) == ["active", "archived"])
  }

  @Test func otherFieldsAndProseAreNoLifecycle() {
    #expect(Lifecycle.first(in: [field("kind", validation: "A -> B")]) == nil)
    #expect(
      Lifecycle.first(in: [
        field(
          "status", validation: "moves to the next stage when the courier has scanned it -> see the guide")
      ])
        == nil)
    #expect(Lifecycle.first(in: [field("status", validation: "ACTIVE, INACTIVE")]) == nil)
  }
}
