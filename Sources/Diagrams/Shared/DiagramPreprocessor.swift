import Foundation
import Yams

/// Mermaid's pre-processing, done before any grammar runs: CRLF to LF, YAML front matter and
/// `%%{init}%%` directives read and removed, whole-line `%%` comments removed, entity codes protected.
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
      if case .mapping(let mapping)? = try? Yams.compose(yaml: yaml) {
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
    text = lines.joined(separator: "\n")
    return PreprocessedDiagram(
      text: EntityCodes.protect(text), frontMatter: frontMatter, directives: directives)
  }
}
