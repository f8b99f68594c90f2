import ContentReader
import ContractDiff
import FestivalModel
import Testing

/// Festivals are the same festival across a move or a rename of their folder.
@Suite struct FestivalPairingTests {
  @Test func aFestivalThatMovedIsComparedWithItself() throws {
    let base = try DiffFixtures.base
    let old = DiffFixtures.model(base, path: "festivals/planning/shop-SH0001/COMMON_INTERFACES.md")
    let new = DiffFixtures.model(
      base.replacingOccurrences(
        of: "| insuredValue | Decimal | No |", with: "| insuredValue | Decimal | Yes |"),
      path: "festivals/active/shop-SH0001/COMMON_INTERFACES.md")
    let diff = ContentDiff.compare(old: old, new: new)
    #expect(diff.festivals.count == 1)
    #expect(diff.changes.map(\.rule) == [.fieldMadeRequired])
    #expect(diff.festivals.first?.oldPath == "festivals/planning/shop-SH0001/COMMON_INTERFACES.md")
    #expect(diff.festivals.first?.newPath == "festivals/active/shop-SH0001/COMMON_INTERFACES.md")
  }

  @Test func aContractOnOneSideOnlyIsAllAddedOrAllRemoved() throws {
    let base = try DiffFixtures.base
    let empty = FestivalModelBuilder.build(ContentReader.read(files: [:]))
    let added = ContentDiff.compare(old: empty, new: DiffFixtures.model(base))
    #expect(!added.changes.isEmpty)
    #expect(
      added.changes.allSatisfy {
        $0.action == .added || $0.rule == .documentStatusChanged || $0.rule == .signOffChanged
      })
    let removed = ContentDiff.compare(old: DiffFixtures.model(base), new: empty)
    #expect(removed.reaches(.breaking))
    #expect(removed.changes.contains { $0.rule == .componentRemoved })
  }
}
