/// GitHub-style heading anchors: lowercase, punctuation dropped, spaces to `-`, letters of every script
/// and digits kept; a repeated heading gets `-1`, `-2` (the template has "Step 10" twice).
public struct HeadingSlugger: Sendable {
  private var counts: [String: Int] = [:]

  public init() {}

  public mutating func slug(for text: String) -> String {
    var base = ""
    for scalar in text.lowercased().unicodeScalars {
      let properties = scalar.properties
      if properties.isAlphabetic || properties.numericType != nil || scalar == "-" || scalar == "_" {
        base.unicodeScalars.append(scalar)
      } else if scalar == " " {
        base.append("-")
      }
      // Emoji, punctuation, `&` and the like are dropped, as GitHub does.
    }
    if base.isEmpty { base = "section" }
    if let count = counts[base] {
      counts[base] = count + 1
      var candidate = "\(base)-\(count)"
      while counts[candidate] != nil { candidate += "-1" }
      counts[candidate] = 1
      return candidate
    }
    counts[base] = 1
    return base
  }
}
