import Diagnostics
import FestivalModel

/// A check that reads a festival's interface contract and nothing else, so its findings stay the same
/// for as long as the contract does (`CheckCache` keeps them between preview builds).
protocol ContractChecker: Sendable {
  func check(_ contract: InterfaceContract) -> [Diagnostic]
}
