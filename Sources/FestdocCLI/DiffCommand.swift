import ArgumentParser
import CIFormats
import ContractDiff
import DiffReport
import Foundation

/// `festdoc diff OLD NEW`: what changed between two versions of the contracts, how severe each change
/// is, and which components it reaches.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare two versions of the interface contracts and name who is affected.",
    discussion: """
      Each side is a content folder or git:REV[:PATH], read from the repository around the current folder \
      (PATH is relative to the repository's root; the root when left out). The models are compared, not \
      the text: every change is breaking, risky or compatible by the rules in docs/diff-rules.md, with the \
      components that depend on the changed element, directly or through others. Exit status: 0, or 1 \
      when --fail-on is given and a change at least that severe was found, 2 when a side cannot be read.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case html, markdown, json, sarif, junit
  }

  enum Threshold: String, ExpressibleByArgument, CaseIterable {
    case breaking, risky

    var severity: ChangeSeverity { self == .breaking ? .breaking : .risky }
  }

  @Argument(help: "The old side: a content folder or git:REV[:PATH].")
  var old: String

  @Argument(help: "The new side: a content folder or git:REV[:PATH].")
  var new: String

  @Option(help: "The report's format: html (a page to attach to a review), markdown, json, sarif or junit.")
  var format: Format = .markdown

  @Option(
    name: .customLong("fail-on"),
    help: "Exit 1 when a change at least this severe is found: breaking or risky.")
  var failOn: Threshold?

  @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
  var output: String?

  @OptionGroup var baselineOptions: BaselineOptions

  func run() throws {
    let oldModel = try ContentSide(old).load()
    let newModel = try ContentSide(new).load()
    for (name, model) in [(old, oldModel), (new, newModel)]
    where model.festivals.allSatisfy({ $0.interfaces == nil }) && model.looseContracts.isEmpty {
      StandardError.write("festdoc: warning: '\(name)' holds no interface contract\n")
    }
    let all = ContentDiff.compare(old: oldModel, new: newModel)
    let findings = Finding.changes(all)
    try baselineOptions.write(findings)
    let diff = all.keeping(try baselineOptions.newFindings(findings))
    let sides = DiffSides(old: old, new: new, version: FestdocVersion.current)
    let report =
      switch format {
      case .html: DiffHTML.render(diff, sides: sides)
      case .markdown: DiffMarkdown.render(diff, sides: sides)
      case .json: DiffJSON.render(diff, sides: sides)
      case .sarif:
        SARIFLog.render(
          Finding.changes(diff), rules: RuleDescription.changes, version: FestdocVersion.current,
          pathPrefix: ContentSide(new).pathPrefix, docsURL: newModel.configuration.docsURL)
      case .junit:
        JUnitReport.render(
          Finding.changes(diff), name: "festdoc diff", pathPrefix: ContentSide(new).pathPrefix,
          group: Self.festivalTitles(diff), failing: { failing($0) })
      }
    if let output {
      try FileReplacement.write(Data(report.utf8), to: output)
    } else {
      FileHandle.standardOutput.write(Data(report.utf8))
    }
    if let failOn, diff.reaches(failOn.severity) {
      throw ExitCode(1)
    }
  }

  /// In a JUnit report, the changes that fail the command fail their test: breaking ones, or from
  /// `--fail-on`'s severity up.
  private func failing(_ finding: Finding) -> Bool {
    switch failOn ?? .breaking {
    case .breaking: finding.level == .error
    case .risky: finding.level != .note
    }
  }

  /// The festival each change's finding belongs to, for a JUnit report's suites.
  private static func festivalTitles(_ diff: ContentDiff) -> (Finding) -> String {
    var titles: [String: String] = [:]
    for (title, findings) in Finding.byFestival(diff) {
      for finding in findings { titles[finding.fingerprint] = title }
    }
    return { titles[$0.fingerprint] ?? "" }
  }
}
