import Diagnostics
import FestivalModel

/// A contract that says FINALIZED while its review checklist has open boxes or its sign-off matrix lacks
/// approvals.
struct ReviewChecker: ContractChecker {
  func check(_ contract: InterfaceContract) -> [Diagnostic] {
    guard contract.status == .finalized else { return [] }
    let open = contract.reviewChecklist.filter { $0.state != .checked }
    let unsigned = contract.signOffs.filter { $0.state != .approved }
    guard !open.isEmpty || !unsigned.isEmpty else { return [] }
    var reasons: [String] = []
    if !open.isEmpty {
      reasons.append("\(open.count) review checklist item\(open.count == 1 ? " is" : "s are") open")
    }
    if !unsigned.isEmpty {
      reasons.append(
        "\(unsigned.map(\.role).joined(separator: ", ")) \(unsigned.count == 1 ? "has" : "have") not approved"
      )
    }
    return [
      Diagnostic(
        .error, rule: .reviewFinalizedIncomplete,
        message: "the interfaces are FINALIZED but \(reasons.joined(separator: " and "))",
        at: contract.statusLocation ?? SourceLocation(file: contract.path, line: 1, column: 1),
        fix: "finish the review, or set the status back to UNDER_REVIEW")
    ]
  }
}
