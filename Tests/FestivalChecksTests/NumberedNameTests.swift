import Foundation
import Testing

@testable import FestivalChecks

@Suite struct NumberedNameTests {
  /// The patterns the names were matched by before, as regular expressions.
  static let patterns: [(NumberedName, String)] = [
    (.phase, #"^\d{3}_[A-Z][A-Z0-9_]*$"#),
    (.sequence, #"^\d{2}_[a-z0-9][a-z0-9_]*$"#),
    (.task, #"^\d{2}_[a-z][a-z0-9_]*\.md$"#),
  ]

  @Test func agreesWithTheRegularExpressionsOnASCIINames() {
    let names = [
      "001_PLAN", "002_DEFINE_INTERFACES", "01_PLAN", "0001_PLAN", "001_plan", "001_", "001", "001_P",
      "001_9LIVES", "001_PLAN-2", "01_requirements", "01_2fa", "1_requirements", "01_Requirements",
      "01_gather_requirements.md", "01_gather_requirements.MD", "01_gather-requirements.md", "01_.md",
      "01_a.md", "01_9.md", "01_task.md.bak", "", "_", "01_", "01_a", "aa_task.md", "01task.md",
      "01_task_.md", "01_task__two.md", "001_PLAN ", " 01_task.md", "01_tâche.md",
    ]
    for (shape, pattern) in Self.patterns {
      for name in names {
        let expected = name.range(of: pattern, options: .regularExpression) != nil
        #expect(shape.matches(name) == expected, "\(name) against \(pattern)")
      }
    }
  }

  @Test func takesOnlyASCIIDigitsAsFestDoes() {
    #expect(!NumberedName.task.matches("٠١_task.md"))
    #expect(!NumberedName.phase.matches("００１_PLAN"))
  }
}
