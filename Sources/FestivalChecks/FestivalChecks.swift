import Diagnostics
import FestivalModel

/// Runs every checker over every festival. The reader and renderer report what they find on the way;
/// these are the rules that look at a whole festival at once.
public enum FestivalChecks {
  static let checkers: [FestivalChecker] = [
    StructureChecker(), TaskStatusChecker(), DocumentPlaceholderChecker(), ContractCompletenessChecker(),
    AuthorizationChecker(), DuplicateChecker(), ReviewChecker(), DiagramNameChecker(),
  ]

  public static func run(_ model: ContentModel) -> [Diagnostic] {
    model.festivals.flatMap { festival in checkers.flatMap { $0.check(festival) } }.sortedForOutput()
  }
}
