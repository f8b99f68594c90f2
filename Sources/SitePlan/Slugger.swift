import Foundation

/// Turns names into URL path segments: lowercase ASCII letters and digits, everything else a single `-`,
/// at most 80 characters, never a Windows device name, never empty.
public enum Slugger {
  static let maximumLength = 80
  static let reservedNames: Set<String> =
    Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

  public static func slug(_ text: String) -> String {
    var result = ""
    var pendingDash = false
    // Accents fold to their letters first, so `Sèrvice` is `service`, not `s-rvice`.
    let folded = text.folding(
      options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    for scalar in folded.lowercased().unicodeScalars {
      if scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) {
        let dash = pendingDash && !result.isEmpty
        if result.count + (dash ? 2 : 1) > maximumLength { break }
        if dash { result.append("-") }
        pendingDash = false
        result.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    if result.isEmpty { result = "page" }
    if reservedNames.contains(result) { result += "-page" }
    return result
  }
}
