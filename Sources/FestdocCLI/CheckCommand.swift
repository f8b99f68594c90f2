import ArgumentParser
import Diagnostics
import Foundation
import SiteBuild

/// `festdoc check`: every rule, one line per finding, for authors before a review and for CI.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the festivals: structure, placeholders, names, contracts, authorization, links.",
    discussion: """
      Exit status: 0 when no error was found, 1 when one was, 2 when the content folder or an option is \
      unusable. Rule ids and what they mean: docs/rules.md. Severities can be set with `rules:` in \
      festdoc.yml (`names.unknown: error`, `links.broken: off`).
      """)

  @OptionGroup var contentOptions: ContentOptions
  @OptionGroup var ruleOptions: RuleOptions

  @Option(help: "How to print findings: text, json or github (workflow annotations).")
  var format: DiagnosticFormat = .text

  func run() throws {
    // Every finding arises before rendering: the pages are not drawn.
    var build = BuildContext(content: contentOptions, rules: ruleOptions)
    build.settings.keepsRecord = false
    try build.run(SiteBuild.checking)
    let diagnostics = build.diagnostics
    let prefix = contentOptions.pathPrefix
    switch format {
    case .text:
      // Like every command's findings, on standard error; json and github are output, on standard output.
      DiagnosticPrinter.print(diagnostics, pathPrefix: prefix)
      StandardError.write(summary(diagnostics, files: build.filesRead) + "\n")
    case .json:
      print(try DiagnosticRendering.json(diagnostics, pathPrefix: prefix))
    case .github:
      let text = DiagnosticRendering.github(diagnostics, pathPrefix: prefix)
      if !text.isEmpty { print(text) }
    }
    if diagnostics.count(of: .error) > 0 { throw ExitCode(1) }
  }

  private func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
    func count(_ severity: Severity, _ noun: String) -> String {
      let number = diagnostics.count(of: severity)
      return "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
    return
      "\(count(.error, "error")), \(count(.warning, "warning")), \(count(.note, "note")) in \(files) file\(files == 1 ? "" : "s")"
  }
}
