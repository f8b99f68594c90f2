import Foundation

/// Turns names into URL path segments: lowercase ASCII letters and digits, everything else a single `-`,
/// at most 80 characters, never a Windows device name, never empty.
public enum Slugger {
  static let maximumLength = 80
  static let reservedNames: Set<String> =
    Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

  public static func slug(_ text: String) -> String {
    // Accents fold to their letters first, so `Sèrvice` is `service`, not `s-rvice`. ASCII needs no
    // folding, and Foundation's is most of a plan's time on a large festival.
    let source =
      text.utf8.allSatisfy { $0 < 0x80 }
      ? text
      : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        .lowercased()
    var bytes: [UInt8] = []
    var pendingDash = false
    for byte in source.utf8 {
      let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
      if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower)
      {
        let dash = pendingDash && !bytes.isEmpty
        if bytes.count + (dash ? 2 : 1) > maximumLength { break }
        if dash { bytes.append(UInt8(ascii: "-")) }
        pendingDash = false
        bytes.append(lower)
      } else {
        pendingDash = true
      }
    }
    var result = String(decoding: bytes, as: UTF8.self)
    if result.isEmpty { result = "page" }
    if reservedNames.contains(result) { result += "-page" }
    return result
  }
}
