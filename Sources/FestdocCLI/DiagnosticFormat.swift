import ArgumentParser

/// How `festdoc check` prints its findings.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case github
}
