import Foundation

/// What a festival's folder name says of it: `user-auth-HF0001` is HF0001; `research-RI-AM0001-000B` is
/// the eleventh run (hexadecimal `000B`) of the ritual RI-AM0001, whose runs all share that ID.
public struct FestivalIdentity: Hashable, Sendable {
  public var festivalID: String?
  public var ritualRun: String?

  public init(folderName: String) {
    let pattern = #"(^|-)((RI-)?[A-Z]{2}[0-9]{4})(-([0-9A-F]{4}))?$"#
    guard let regex = try? NSRegularExpression(pattern: pattern),
      let match = regex.firstMatch(
        in: folderName, range: NSRange(folderName.startIndex..., in: folderName))
    else { return }
    festivalID = Range(match.range(at: 2), in: folderName).map { String(folderName[$0]) }
    let isRitual = match.range(at: 3).location != NSNotFound
    if isRitual, let run = Range(match.range(at: 5), in: folderName) {
      ritualRun = String(folderName[run])
    } else if !isRitual && match.range(at: 4).location != NSNotFound {
      // `-0001` after an ordinary ID is part of the name, not a run; the ID must end the name.
      festivalID = nil
    }
  }
}
