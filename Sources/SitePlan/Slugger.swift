/// Turns names into URL path segments: lowercase ASCII letters and digits, everything else a single `-`,
/// at most 80 characters, never a Windows device name, never empty.
public enum Slugger {
  static let maximumLength = 80
  static let reservedNames: Set<String> =
    Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

  public static func slug(_ text: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in text.lowercased().unicodeScalars {
      if scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) {
        if pendingDash && !result.isEmpty { result.append("-") }
        pendingDash = false
        result.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
      if result.count >= maximumLength { break }
    }
    while result.hasSuffix("-") { result.removeLast() }
    if result.isEmpty { result = "page" }
    if reservedNames.contains(result) { result += "-page" }
    return result
  }
}
