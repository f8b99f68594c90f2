import Diagnostics
import Foundation

/// Findings as a SARIF 2.1.0 log (OASIS), the format code scanning reads (GitHub, GitLab, Azure DevOps):
/// one run of festdoc with every rule it knows, one result per finding with its level, place and
/// fingerprint (`partialFingerprints["festdoc/v1"]`).
public enum SARIFLog {
  /// `pathPrefix` leads every path (the content folder as the command was given it); `docsURL` is
  /// festdoc.yml's `docs_url`, for each rule's `helpUri`.
  public static func render(
    _ findings: [Finding], rules: [RuleDescription], version: String, pathPrefix: String, docsURL: String?
  ) -> String {
    let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }) { first, _ in first }
    let driver: [String: Any] = [
      "name": "festdoc", "version": version, "semanticVersion": semanticVersion(version),
      "rules": rules.map {
        rule(
          $0, docsURL: docsURL)
      },
    ]
    let results = findings.map { result($0, index: ruleIndex[$0.rule], pathPrefix: pathPrefix) }
    let log: [String: Any] = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
      "runs": [["tool": ["driver": driver], "results": results, "columnKind": "unicodeCodePoints"]],
    ]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func rule(_ rule: RuleDescription, docsURL: String?) -> [String: Any] {
    var entry: [String: Any] = [
      "id": rule.id,
      "shortDescription": ["text": rule.plainSummary],
      "fullDescription": ["text": rule.plainSummary, "markdown": rule.summary],
      "help": [
        "text": "\(rule.plainSummary) See docs/\(rule.document).md in festdoc's documentation.",
        "markdown": "\(rule.summary) See `docs/\(rule.document).md` in festdoc's documentation.",
      ],
      "defaultConfiguration": ["level": rule.level.rawValue],
    ]
    if let url = rule.helpURL(docsURL) { entry["helpUri"] = url }
    return entry
  }

  static func result(_ finding: Finding, index: Int?, pathPrefix: String) -> [String: Any] {
    var entry: [String: Any] = [
      "ruleId": finding.rule, "level": finding.level.rawValue, "message": ["text": finding.message],
      "partialFingerprints": ["festdoc/v1": finding.fingerprint],
    ]
    if let index { entry["ruleIndex"] = index }
    if let location = finding.location, !location.file.isEmpty {
      var physical: [String: Any] = [
        "artifactLocation": ["uri": uri(ReportPath.join(pathPrefix, location.file))]
      ]
      if location.line > 0 {
        physical["region"] = ["startLine": location.line, "startColumn": max(1, location.column)]
      }
      entry["locations"] = [["physicalLocation": physical]]
    }
    return entry
  }

  /// A relative path as a URI reference: every character outside the unreserved and path sets escaped.
  static func uri(_ path: String) -> String {
    let allowed = CharacterSet(
      charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=:@")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }

  /// `1.2.3` from festdoc's version text, or the text when it is not one.
  static func semanticVersion(_ version: String) -> String {
    let digits = version.split(whereSeparator: { !$0.isNumber && $0 != "." }).first.map(String.init) ?? ""
    return digits.split(separator: ".").count == 3 ? digits : "0.0.0"
  }
}
