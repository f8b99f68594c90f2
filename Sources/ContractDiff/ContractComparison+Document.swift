import FestivalModel

extension ContractComparison {
  mutating func compareDocument() {
    let before = old?.status
    let after = new?.status
    guard before != after || !Self.same(old?.statusWritten, new?.statusWritten) else { return }
    let rank: [InterfaceStatus] = [.draft, .underReview, .finalized]
    let reverted =
      before.flatMap { rank.firstIndex(of: $0) }.map { oldRank in
        after.flatMap { rank.firstIndex(of: $0) }.map { $0 < oldRank } ?? false
      } ?? false
    let from = before?.rawValue ?? Self.shown(old?.statusWritten)
    let to = after?.rawValue ?? Self.shown(new?.statusWritten)
    record(
      reverted ? .documentStatusReverted : .documentStatusChanged, .changed, ["Status"],
      reverted ? "The status went back from \(from) to \(to)." : "The status moved from \(from) to \(to).",
      before: from, after: to, old: old?.statusLocation, new: new?.statusLocation)
  }

  mutating func compareSignOffs() {
    let pairing = Pairing(
      old: old?.signOffs ?? [], new: new?.signOffs ?? [], key: { Self.fold($0.role) })
    for (before, after) in pairing.matched where before.state != after.state {
      let rule: DiffRule =
        after.state == .approved
        ? .signOffGiven
        : before.state == .approved
          ? .signOffWithdrawn : after.state == .changesNeeded ? .signOffChangesRequested : .signOffChanged
      let verb: String =
        switch rule {
        case .signOffGiven: "approved"
        case .signOffWithdrawn: "withdrew its approval"
        case .signOffChangesRequested: "asks for changes"
        default: "is pending again"
        }
      record(
        rule, .changed, ["Sign-off", after.role], "\(after.role) \(verb).",
        before: Self.describe(before.state),
        after: Self.describe(after.state), old: before.location, new: after.location)
    }
    for signOff in pairing.removed {
      record(
        .signOffChanged, .removed, ["Sign-off", signOff.role], "\(signOff.role) no longer signs off.",
        before: Self.describe(signOff.state), old: signOff.location)
    }
    for signOff in pairing.added {
      record(
        .signOffChanged, .added, ["Sign-off", signOff.role], "\(signOff.role) now signs off.",
        after: Self.describe(signOff.state), new: signOff.location)
    }
  }

  static func describe(_ state: SignOffState) -> String {
    switch state {
    case .approved: "approved"
    case .changesNeeded: "changes needed"
    case .pending: "pending"
    }
  }
}
