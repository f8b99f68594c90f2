import Diagnostics
import Testing

@testable import FestivalModel

@Suite struct ValueParserTests {
  @Test(arguments: [
    ("<200ms", 200.0, "ms", Quantity.Comparator.lessThan, 200.0),
    ("99.95%", 99.95, "%", .equal, 99.95),
    ("1000 RPS", 1000, "req/s", .equal, 1000),
    ("100 req/sec", 100, "req/s", .equal, 100),
    ("600 req/min", 600, "req/min", .equal, 10),
    ("<2s response", 2, "s", .lessThan, 2000),
    (">= 5 minutes", 5, "min", .atLeast, 300_000),
    ("2GB Redis", 2, "GB", .equal, 2_147_483_648),
    ("1,500 rps", 1500, "req/s", .equal, 1500),
  ])
  func quantitiesWithUnits(
    text: String, value: Double, unit: String, comparator: Quantity.Comparator, base: Double
  ) throws {
    let quantity = try #require(QuantityParser.first(in: text))
    #expect(quantity.value == value)
    #expect(quantity.unit == unit)
    #expect(quantity.comparator == comparator)
    #expect(abs(quantity.baseValue - base) < 0.0001)
  }

  @Test func figuresInsideWordsAreNotQuantities() {
    #expect(QuantityParser.quantities(in: "TLS1.3 and p95").isEmpty)
    #expect(
      QuantityParser.quantities(in: "99.9% uptime, <500ms response").map(\.written) == ["99.9%", "<500ms"])
    #expect(QuantityParser.first(in: "2000", defaultUnit: "RPS")?.unit == "req/s")
  }

  @Test(arguments: [
    ("None", [Capability](), AccessScope.none, true),
    ("Own profile only", [.read], .own, true),
    ("Read only", [.read], .all, true),
    ("Read/Write", [.read, .create, .update, .delete], .all, true),
    ("Assigned tickets: read, update", [.read, .update], .assigned, true),
    ("Team projects: CRUD", [.read, .create, .update, .delete], .scoped, true),
    ("Ask Bob", [], .none, false),
  ])
  func authorizationCells(text: String, capabilities: [Capability], scope: AccessScope, understood: Bool) {
    let reading = AuthorizationCellParser.read(text)
    #expect(reading.capabilities.sorted() == capabilities)
    #expect(reading.scope == scope)
    #expect(reading.understood == understood)
  }

  @Test func cellsCompareAsWiderOrNarrower() {
    let own = AuthorizationCellParser.read("Own: read")
    let all = AuthorizationCellParser.read("All: read/write")
    #expect(own.scope < all.scope)
    #expect(own.capabilities.isSubset(of: all.capabilities))
  }

  @Test func namesResolveExactlyByContainmentOrNotAtAll() {
    var resolver = NameResolver()
    resolver.add("Frontend Web App", as: .component)
    resolver.add("User Service", as: .component)
    resolver.add("Stripe", as: .externalSystem)
    let here = SourceLocation(file: "x.md", line: 1, column: 1)
    let exact = resolver.resolve("user-service", at: here, context: "dependency")
    #expect(exact.0.match == .exact)
    #expect(exact.1 == nil)
    let contained = resolver.resolve("Frontend", at: here, context: "dependency")
    #expect(contained.0.target?.name == "Frontend Web App")
    #expect(contained.1?.rule.id == "names.partial-match")
    let parenthetical = resolver.resolve("Stripe (payments)", at: here, context: "dependency")
    #expect(parenthetical.0.target?.kind == .externalSystem)
    let typo = resolver.resolve("Usr Service", at: here, context: "dependency")
    #expect(typo.0.match == .unresolved)
    #expect(typo.1?.fix == "replace with 'User Service'")
    let unrelated = resolver.resolve("Image Service", at: here, context: "dependency")
    #expect(unrelated.1?.message.contains("did you mean") == false)
  }

  @Test func listCellsSplitAndEmptyMarkersMeanNothing() {
    #expect(
      NameResolver.split("API Gateway, CDN; Cache and Queue") == ["API Gateway", "CDN", "Cache", "Queue"])
    for empty in ["none", "N/A", "-", "", "—"] { #expect(NameResolver.split(empty).isEmpty) }
  }
}

@Suite struct AccessComparisonTests {
  private func cell(_ text: String) -> AuthorizationCell {
    let reading = AuthorizationCellParser.read(text)
    return AuthorizationCell(
      role: "r", written: text, capabilities: reading.capabilities.sorted(), scope: reading.scope,
      understood: reading.understood, capabilitiesAssumed: reading.capabilitiesAssumed,
      location: SourceLocation(file: "x", line: 1, column: 1))
  }

  @Test func cellsCompareByCapabilitiesAndScope() {
    #expect(cell("All: read/write").compare(to: cell("Own: read")) == .wider)
    #expect(cell("Own: read").compare(to: cell("All: read/write")) == .narrower)
    #expect(cell("Read only").compare(to: cell("Read")) == .same)
    #expect(cell("None").compare(to: cell("Own: read")) == .narrower)
    #expect(cell("Own: read, update").compare(to: cell("All: read")) == .incomparable)
  }
}
