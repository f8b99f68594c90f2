import Diagnostics
import FestivalModel

/// Runs every checker over every festival. The reader and renderer report what they find on the way;
/// these are the rules that look at a whole festival at once.
public enum FestivalChecks {
  static let festivalCheckers: [FestivalChecker] = [
    StructureChecker(), TaskStatusChecker(), DocumentPlaceholderChecker(),
  ]
  static let contractCheckers: [ContractChecker] = [
    ContractCompletenessChecker(), AuthorizationChecker(), DuplicateChecker(), ReviewChecker(),
    DiagramNameChecker(),
  ]

  /// With a `cache`, an unchanged contract's findings are those of the build before.
  public static func run(_ model: ContentModel, cache: CheckCache? = nil) -> [Diagnostic] {
    let found = model.festivals.flatMap { festival -> [Diagnostic] in
      var findings = festivalCheckers.flatMap { $0.check(festival) }
      if let contract = festival.interfaces {
        let check = { contractCheckers.flatMap { $0.check(contract) } }
        findings += cache?.findings(contract, check: check) ?? check()
      }
      return findings
    }
    cache?.keep(only: Set(model.festivals.compactMap { $0.interfaces?.path }))
    return found.sortedForOutput()
  }
}
