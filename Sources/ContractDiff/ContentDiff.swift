import FestivalModel

/// Everything that differs between two versions of a content folder's contracts.
public struct ContentDiff: Hashable, Sendable, Codable {
  public var festivals: [FestivalDiff]

  public init(festivals: [FestivalDiff]) { self.festivals = festivals }

  public var changes: [ContractChange] { festivals.flatMap(\.changes) }

  public func count(_ severity: ChangeSeverity) -> Int {
    festivals.reduce(0) { $0 + $1.changes.filter { $0.severity == severity }.count }
  }

  /// The most severe change, or nil when there is none.
  public var worst: ChangeSeverity? { changes.map(\.severity).min() }

  /// Compares the contracts of two content models: festivals paired by festival ID, then folder name,
  /// then, when each side has one festival left, with each other; loose contracts by path.
  public static func compare(old: ContentModel, new: ContentModel) -> ContentDiff {
    var festivals: [FestivalDiff] = []
    for (before, after) in pairFestivals(old.festivals, new.festivals) {
      let oldContract = before?.interfaces.flatMap { $0.isUnfilledTemplate ? nil : $0 }
      let newContract = after?.interfaces.flatMap { $0.isUnfilledTemplate ? nil : $0 }
      guard oldContract != nil || newContract != nil else { continue }
      festivals.append(
        FestivalDiff(
          title: after?.name ?? before?.name ?? "festival", oldPath: oldContract?.path,
          newPath: newContract?.path,
          changes: ContractComparison.changes(old: oldContract, new: newContract),
          system: SystemSketch(old: oldContract, new: newContract)))
    }
    // Loose contracts feed the workspace contract, compared above as a festival: not twice.
    let workspace = (old.festivals + new.festivals).contains { $0.isWorkspace }
    let loose = Pairing(
      old: workspace ? [] : old.looseContracts, new: workspace ? [] : new.looseContracts, key: \.path)
    let pairs =
      loose.matched.map { (Optional($0.old), Optional($0.new)) } + loose.removed.map { ($0, nil) }
      + loose.added.map { (nil, $0) }
    for (before, after) in pairs.sorted(by: {
      ($0.1?.path ?? $0.0?.path ?? "") < ($1.1?.path ?? $1.0?.path ?? "")
    }) {
      festivals.append(
        FestivalDiff(
          title: after?.title ?? before?.title ?? "", oldPath: before?.path, newPath: after?.path,
          changes: ContractComparison.changes(old: before, new: after),
          system: SystemSketch(old: before, new: after)))
    }
    return ContentDiff(festivals: festivals)
  }

  static func pairFestivals(_ old: [Festival], _ new: [Festival]) -> [(Festival?, Festival?)] {
    var remainingOld = old
    var remainingNew = new
    var pairs: [(Festival?, Festival?)] = []
    let keys: [(Festival) -> String?] = [{ $0.festivalID }, { TextFolding.fold($0.folderName) }]
    for key in keys {
      for festival in remainingOld {
        guard let value = key(festival), !value.isEmpty,
          let index = remainingNew.firstIndex(where: { key($0) == value })
        else { continue }
        pairs.append((festival, remainingNew.remove(at: index)))
        remainingOld.removeAll { $0 == festival }
      }
    }
    // A festival that moved and was renamed is still the only one on each side.
    if remainingOld.count == 1 && remainingNew.count == 1 {
      pairs.append((remainingOld[0], remainingNew[0]))
      remainingOld = []
      remainingNew = []
    }
    pairs += remainingOld.map { ($0, nil) } + remainingNew.map { (nil, $0) }
    return pairs.sorted { ($0.1?.path ?? $0.0?.path ?? "") < ($1.1?.path ?? $1.0?.path ?? "") }
  }

  /// Whether the diff has a change at least as severe as `threshold`.
  public func reaches(_ threshold: ChangeSeverity) -> Bool {
    worst.map { $0 <= threshold } ?? false
  }
}
