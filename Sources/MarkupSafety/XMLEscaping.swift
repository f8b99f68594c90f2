/// Escaping for XML text and attribute values (SVG): control characters XML does not allow are dropped.
public enum XMLEscaping {
  public static func text(_ value: String) -> String {
    var result = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default:
        if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Both quotes too, so a value can never close its attribute.
  public static func attribute(_ value: String) -> String {
    text(value).replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
  }
}
