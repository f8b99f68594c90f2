import Diagnostics
import Foundation

/// Prints diagnostics to standard error in the compiler format, paths relative to the current folder.
enum DiagnosticPrinter {
  static func print(_ diagnostics: [Diagnostic], pathPrefix: String, terminal: Terminal = .standardError) {
    guard !diagnostics.isEmpty else { return }
    let lines = diagnostics.sortedForOutput().map { diagnostic -> String in
      let text = diagnostic.formatted(pathPrefix: pathPrefix)
      guard terminal.usesColour else { return text }
      let label = "\(diagnostic.severity.rawValue):"
      let code = diagnostic.severity == .error ? "1;31" : diagnostic.severity == .warning ? "1;33" : "1;36"
      return text.replacingOccurrences(of: " " + label + " ", with: " " + terminal.paint(label, code) + " ")
    }
    StandardError.write(lines.joined(separator: "\n") + "\n")
  }
}
