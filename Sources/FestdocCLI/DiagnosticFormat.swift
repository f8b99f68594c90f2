import ArgumentParser

/// How `festdoc check` prints its findings: for people (`text`), for tools (`json`), as GitHub workflow
/// annotations, as a SARIF 2.1.0 log for code scanning, or as a JUnit XML test report.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case github
  case sarif
  case junit
}
