import ContentReader
import Diagnostics
import Foundation

/// Reads `festdoc.yml`. A file that is not valid YAML is a diagnostic; the build goes on with defaults.
enum SiteConfigurationReader {
  static func read(_ file: ContentFile?) -> (SiteConfiguration, [Diagnostic]) {
    var configuration = SiteConfiguration()
    guard let file else { return (configuration, []) }
    configuration.path = file.path
    let parsed = FrontMatterParser.parse("---\n" + file.text + "\n---\n", path: file.path)
    let diagnostics = parsed.diagnostics.map { finding -> Diagnostic in
      var moved = finding
      moved.rule = .configInvalidYaml
      moved.message = "festdoc.yml is not valid YAML; defaults are used"
      moved.location?.line = max(1, (finding.location?.line ?? 2) - 1)
      return moved
    }
    let front = parsed.frontMatter
    configuration.title = front.text("title", "site_title")
    configuration.footer = front.text("footer")
    configuration.baseURL = front.text("base_url", "baseURL")
    configuration.repositoryURL = front.text("repository_url", "repositoryURL", "repo_url")
    configuration.docsURL = front.text("docs_url", "docsURL")
    configuration.history = front.text("history").flatMap { Int($0) }.map { max(0, $0) }
    configuration.logo = front.text("logo")
    if case .map(let entries)? = front["rules"] {
      let lines = file.text.components(separatedBy: "\n")
      for entry in entries {
        configuration.rules[entry.key] = entry.value.displayText.lowercased()
        configuration.ruleLines[entry.key] =
          (lines.firstIndex { $0.trimmingSpaces().hasPrefix(entry.key + ":") } ?? 0) + 1
      }
    }
    return (configuration, diagnostics)
  }
}
