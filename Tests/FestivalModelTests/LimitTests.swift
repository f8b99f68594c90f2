import Diagnostics
import FestivalModel
import Testing

/// docs/limits.md, as the model sees it.
@Suite struct LimitTests {
  @Test func aContractTableIsReadUpToItsLimit() {
    let rows = (0..<(ContractLimits.tableRows + 5)).map { "| Area \($0) | Check | [x] |\n" }.joined()
    let text =
      "# Contract\n\n### Interface Review Checklist\n\n| Review Area | Criteria | Status |\n|---|---|---|\n"
      + rows
    let (contract, diagnostics) = readContract(text)
    #expect(contract.reviewChecklist.count == ContractLimits.tableRows)
    #expect(contract.reviewChecklist.last?.area == "Area \(ContractLimits.tableRows - 1)")
    let limit = diagnostics.filter { $0.rule.id == "limits.table-rows" }
    #expect(
      limit.map(\.message) == ["the table has 10005 rows; festdoc reads the first 10000 of a contract table"])
    #expect(limit.first?.location?.line == 5)
  }
}

@Suite struct QueueCountTests {
  @Test func aConsumerCountNoIntegerHoldsIsLeftUnread() {
    let text = """
      # C

      ### Message Queue Specifications

      | Queue Name | Purpose | Message Format | Consumer Count | Dead Letter Queue |
      |---|---|---|---|---|
      | a | x | JSON | 1e400 workers | none |
      | b | x | JSON | 99999999999999999999999 | none |
      | c | x | JSON | 3 workers | none |
      """
    let (contract, _) = readContract(text)
    #expect(contract.queues.map(\.consumerCount) == [1, nil, 3])
  }
}
