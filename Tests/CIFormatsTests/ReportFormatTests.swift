import CIFormats
import ContractDiff
import Diagnostics
import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// SARIF logs checked against a SARIF 2.1.0 schema, JUnit reports read back by an XML parser, and the
/// rules' texts against the docs they come from.
@Suite struct ReportFormatTests {
  static let findings: [Finding] = [
    Finding(
      Diagnostic(
        .error, rule: .linksBroken, message: "the link to 'x.md' <goes> nowhere & \u{1}stops",
        at: SourceLocation(file: "festivals/active/a b/Ärger.md", line: 12, column: 4))),
    Finding(Diagnostic(.warning, rule: .namesUnknown, message: "'Foo' names no component", at: nil)),
    Finding(
      Diagnostic(
        .note, rule: .diagramsUnsupported, message: "a mermaid 'gantt' diagram is shown as code",
        at: SourceLocation(file: "b.md", line: 3, column: 1))),
  ]

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func sarifLogsConformToTheSchema() throws {
    let schemaURL = SharedFolder.projectRoot.appendingPathComponent(
      "Tests/Fixtures/schemas/sarif-2.1.0-subset.schema.json")
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
    let checker = JSONSchemaCheck(schema: schema)
    for (rules, docs) in [
      (RuleDescription.checks, nil), (RuleDescription.changes, "https://docs.example.com/festdoc/"),
    ] {
      let text = SARIFLog.render(
        Self.findings, rules: rules, version: "0.1.0", pathPrefix: "Content", docsURL: docs)
      let log = try Self.json(text)
      #expect(checker.errors(log) == [])
    }
    // A log that breaks the standard is caught: the checker is not a rubber stamp.
    #expect(!checker.errors(["version": "2.1.0", "runs": [["tool": ["driver": [:]]]]]).isEmpty)
    #expect(!checker.errors(["version": "2.0.0", "runs": []]).isEmpty)
  }

  @Test func sarifResultsPointAtTheirRulesPlacesAndFingerprints() throws {
    let text = SARIFLog.render(
      Self.findings, rules: RuleDescription.checks, version: "0.1.0", pathPrefix: "Content", docsURL: nil)
    let run = try #require((try Self.json(text)["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == RuleID.allCases.count)
    #expect(!rules.contains { $0["helpUri"] != nil })
    let results = try #require(run["results"] as? [[String: Any]])
    let first = results[0]
    let index = try #require(first["ruleIndex"] as? Int)
    #expect(rules[index]["id"] as? String == "links.broken" && first["level"] as? String == "error")
    let physical = try #require(
      ((first["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
    #expect(
      (physical["artifactLocation"] as? [String: Any])?["uri"] as? String
        == "Content/festivals/active/a%20b/%C3%84rger.md")
    #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 12)
    #expect(
      (first["partialFingerprints"] as? [String: String])?["festdoc/v1"] == Self.findings[0].fingerprint)
    // A finding about no file has no location rather than an empty one.
    #expect(results[1]["locations"] == nil)
    let helped = RuleDescription.changes[0].helpURL("https://docs.example.com/{page}#{rule}")
    #expect(helped == "https://docs.example.com/diff-rules#document.status-changed")
    #expect(RuleDescription.changes[0].helpURL("javascript:alert(1)") == nil)
  }

  @Test func junitReportsReadBackWithAnXMLParser() throws {
    let text = JUnitReport.render(
      Self.findings, name: "festdoc check", pathPrefix: "Content", group: { $0.location?.file ?? "" },
      failing: { $0.level == .error })
    let parsed = try JUnitReading.read(text)
    #expect(parsed.suites == ["festivals/active/a b/Ärger.md", "festdoc check", "b.md"])
    #expect(parsed.testcases == 3 && parsed.failures == ["links.broken"])
    #expect(parsed.attributes["testsuites"]?["failures"] == "1")
    #expect(
      parsed.failureTexts.first?.hasPrefix("Content/festivals/active/a b/Ärger.md:12:4: error: the link")
        == true)
    let empty = try JUnitReading.read(
      JUnitReport.render([], name: "festdoc diff", pathPrefix: "", group: { _ in "" }, failing: { _ in true })
    )
    #expect(empty.testcases == 1 && empty.failures.isEmpty)
  }

  @Test func diffRuleTextsAreTheDocs() throws {
    let docs = try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent("docs/diff-rules.md"), encoding: .utf8)
    for rule in DiffRule.allCases {
      #expect(
        docs.contains("| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.summary) |"),
        "docs/diff-rules.md and DiffRule.summary differ for \(rule.id)")
    }
  }
}

/// What a JUnit reader sees: suites, test cases, failures and their texts.
struct JUnitReading {
  var suites: [String] = []
  var testcases = 0
  var failures: [String] = []
  var failureTexts: [String] = []
  var attributes: [String: [String: String]] = [:]

  static func read(_ text: String) throws -> JUnitReading {
    let delegate = Delegate()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = delegate
    guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    return delegate.reading
  }

  final class Delegate: NSObject, XMLParserDelegate {
    var reading = JUnitReading()
    var inFailure = false

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      if reading.attributes[name] == nil { reading.attributes[name] = attributes }
      switch name {
      case "testsuite": reading.suites.append(attributes["name"] ?? "")
      case "testcase": reading.testcases += 1
      case "failure":
        reading.failures.append(attributes["type"] ?? "")
        reading.failureTexts.append("")
        inFailure = true
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inFailure { reading.failureTexts[reading.failureTexts.count - 1] += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      if name == "failure" { inFailure = false }
    }
  }
}
