import Diagnostics
import FestivalModel

/// A check over one festival; each emits diagnostics with the ids of `RuleCatalog`.
protocol FestivalChecker: Sendable {
  func check(_ festival: Festival) -> [Diagnostic]
}
