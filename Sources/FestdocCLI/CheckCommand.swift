import ArgumentParser
import CIFormats
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

  @Option(help: "How to print findings: text, json, github (workflow annotations), sarif or junit.")
  var format: DiagnosticFormat = .text

  @OptionGroup var baselineOptions: BaselineOptions

  func run() throws {
    // Every finding arises before rendering: the pages are not drawn.
    var build = BuildContext(content: contentOptions, rules: ruleOptions)
    build.settings.keepsRecord = false
    try build.run(SiteBuild.checking)
    let all = build.diagnostics
    let findings = all.map(Finding.init)
    try baselineOptions.write(findings)
    let isNew = try baselineOptions.newFindings(findings)
    let diagnostics = zip(all, isNew).filter(\.1).map(\.0)
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
    case .sarif:
      print(
        SARIFLog.render(
          diagnostics.map(Finding.init), rules: RuleDescription.checks, version: FestdocVersion.current,
          pathPrefix: prefix, docsURL: build.model?.configuration.docsURL),
        terminator: "")
    case .junit:
      print(
        JUnitReport.render(
          diagnostics.map(Finding.init), name: "festdoc check", pathPrefix: prefix,
          group: { ReportPath.join(prefix, $0.location?.file ?? "") }, failing: { $0.level == .error }),
        terminator: "")
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
