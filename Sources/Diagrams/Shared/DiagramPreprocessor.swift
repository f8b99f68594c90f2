import Foundation
import Yams

/// Mermaid's pre-processing, done before any grammar runs: CRLF to LF, YAML front matter and
/// `%%{init}%%` directives read and removed, whole-line `%%` comments removed, double-quoted attributes
/// of HTML tags single-quoted, entity codes protected.
public enum DiagramPreprocessor {
  public static func process(_ source: String) -> PreprocessedDiagram {
    var text = source.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    var lines = text.components(separatedBy: "\n")
    var frontMatter: [String: String] = [:]
    // Front matter: `---` on the first non-blank line, closed by another `---`.
    if let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
      lines[first].trimmingCharacters(in: .whitespaces) == "---",
      let close = lines[(first + 1)...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }
      )
    {
      let yaml = lines[(first + 1)..<close].joined(separator: "\n")
      if case .mapping(let mapping)? = try? Yams.compose(yaml: yaml, .default, .default, .utf8) {
        for (key, value) in mapping {
          if let name = key.string, let scalar = value.string { frontMatter[name] = scalar }
        }
      }
      for index in first...close { lines[index] = "" }
    }
    var directives: [String] = []
    for index in lines.indices {
      let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("%%{") {
        directives.append(trimmed)
        lines[index] = ""
      } else if trimmed.hasPrefix("%%") {
        lines[index] = ""
      }
    }
    text = singleQuotingTagAttributes(lines.joined(separator: "\n"))
    return PreprocessedDiagram(
      text: EntityCodes.protect(text), frontMatter: frontMatter, directives: directives)
  }

  /// An HTML tag as mermaid's `cleanupText` finds one: `<`, a name, anything up to `>`.
  static let htmlTag = try! NSRegularExpression(pattern: #"<\w+[^>]*>"#)

  /// `<img src="a.png">` as `<img src='a.png'>`, as mermaid rewrites every tag before parsing, so a tag
  /// with quoted attributes can stand inside `[...]` text, where a `"` would start a string. Lengths
  /// stay the same, so diagnostics keep their columns.
  static func singleQuotingTagAttributes(_ text: String) -> String {
    guard text.contains("<"), text.contains("\"") else { return text }
    let source = text as NSString
    let result = NSMutableString(string: text)
    for match in htmlTag.matches(in: text, range: NSRange(location: 0, length: source.length)) {
      let found = source.substring(with: match.range)
      let rewritten = found.replacingOccurrences(
        of: #"="([^"]*)""#, with: "='$1'", options: .regularExpression)
      result.replaceCharacters(in: match.range, with: rewritten)
    }
    return result as String
  }
}
