import Diagnostics
import FestivalModel

/// Runs every checker over every festival. The reader and renderer report what they find on the way;
/// these are the rules that look at a whole festival at once.
public enum FestivalChecks {
  static func festivalCheckers(memo: CheckCache?) -> [FestivalChecker] {
    [StructureChecker(), TaskStatusChecker(), DocumentPlaceholderChecker(memo: memo?.placeholders)]
  }
  static func contractCheckers(memo: CheckCache?) -> [ContractChecker] {
    [
      ContractCompletenessChecker(), AuthorizationChecker(), DuplicateChecker(), ReviewChecker(),
      DiagramNameChecker(memo: memo?.diagrams),
    ]
  }

  public static func run(_ model: ContentModel) -> [Diagnostic] { run(model, memo: nil) }

  /// With a `memo`, an unchanged contract's findings are those of the build before.
  static func run(_ model: ContentModel, memo: CheckCache?) -> [Diagnostic] {
    let festivalCheckers = festivalCheckers(memo: memo)
    let contractCheckers = contractCheckers(memo: memo)
    let found = model.festivals.flatMap { festival -> [Diagnostic] in
      // The workspace contract is no festival: it has no plan to check.
      var findings = festival.isWorkspace ? [] : festivalCheckers.flatMap { $0.check(festival) }
      if let contract = festival.interfaces {
        let check = { contractCheckers.flatMap { $0.check(contract) } }
        findings += memo?.findings(contract, check: check) ?? check()
      }
      return findings
    }
    memo?.keep(only: Set(model.festivals.compactMap { $0.interfaces?.path }))
    memo?.diagrams.endBuild()
    memo?.keepPlaceholders(only: Set(model.festivals.flatMap { $0.documents.map(\.path) }))
    return found.sortedForOutput()
  }
}
