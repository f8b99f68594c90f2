import Diagnostics
import MarkupSafety

/// Findings as a JUnit XML report, the format test-report views read (GitLab, Jenkins, Azure DevOps):
/// one `testsuite` per file (check) or per festival (diff), one `testcase` per finding, named by its
/// rule and place. Findings that fail the command (`failing`) are `failure`s; the others pass, with
/// their text as `system-out`, so the report lists everything and fails exactly when the command does.
public enum JUnitReport {
  /// `name` is the command (`festdoc check`); `group` puts a finding in its suite.
  public static func render(
    _ findings: [Finding], name: String, pathPrefix: String, group: (Finding) -> String,
    failing: (Finding) -> Bool
  ) -> String {
    var suites: [(String, [Finding])] = []
    var places: [String: Int] = [:]
    for finding in findings {
      let key = group(finding)
      if let place = places[key] {
        suites[place].1.append(finding)
      } else {
        places[key] = suites.count
        suites.append((key, [finding]))
      }
    }
    let failures = findings.filter(failing).count
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"\(XMLEscaping.attribute(name))\" tests=\"\(max(1, findings.count))\""
    xml += " failures=\"\(failures)\" errors=\"0\">\n"
    if suites.isEmpty {
      xml += "  <testsuite name=\"\(XMLEscaping.attribute(name))\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
      xml += "    <testcase classname=\"festdoc\" name=\"no findings\"/>\n  </testsuite>\n"
    }
    for (suite, members) in suites {
      xml += "  <testsuite name=\"\(XMLEscaping.attribute(suite.isEmpty ? name : suite))\""
      xml += " tests=\"\(members.count)\" failures=\"\(members.filter(failing).count)\" errors=\"0\">\n"
      for finding in members { xml += testcase(finding, pathPrefix: pathPrefix, fails: failing(finding)) }
      xml += "  </testsuite>\n"
    }
    return xml + "</testsuites>\n"
  }

  static func testcase(_ finding: Finding, pathPrefix: String, fails: Bool) -> String {
    let place = finding.location.map { "\($0.line):\($0.column)" }
    let title = [place, finding.subject.isEmpty ? nil : finding.subject].compactMap { $0 }.joined(
      separator: " ")
    var xml = "    <testcase classname=\"\(XMLEscaping.attribute(finding.rule))\""
    xml +=
      " name=\"\(XMLEscaping.attribute(title.isEmpty ? finding.message : title + ": " + finding.message))\""
    if let location = finding.location, !location.file.isEmpty {
      xml +=
        " file=\"\(XMLEscaping.attribute(ReportPath.join(pathPrefix, location.file)))\" line=\"\(location.line)\""
    }
    let line = textLine(finding, pathPrefix: pathPrefix)
    if fails {
      xml += ">\n      <failure type=\"\(XMLEscaping.attribute(finding.rule))\""
      xml += " message=\"\(XMLEscaping.attribute(finding.message))\">\(XMLEscaping.text(line))</failure>\n"
    } else {
      xml += ">\n      <system-out>\(XMLEscaping.text(line))</system-out>\n"
    }
    return xml + "    </testcase>\n"
  }

  /// The finding as festdoc prints it on a terminal: `file:line:col: level: message [rule]`.
  static func textLine(_ finding: Finding, pathPrefix: String) -> String {
    var place = ""
    if let location = finding.location, !location.file.isEmpty {
      place = ReportPath.join(pathPrefix, location.file)
      if location.line > 0 { place += ":\(location.line):\(location.column)" }
      place += ": "
    }
    return "\(place)\(finding.level.rawValue): \(finding.message) [\(finding.rule)]"
  }
}
