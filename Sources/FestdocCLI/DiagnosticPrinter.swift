import Diagnostics
import Foundation

/// Prints diagnostics to standard error in the compiler format, paths relative to the current folder.
enum DiagnosticPrinter {
  static func print(_ diagnostics: [Diagnostic], pathPrefix: String) {
    guard !diagnostics.isEmpty else { return }
    let text = diagnostics.sortedForOutput().map { $0.formatted(pathPrefix: pathPrefix) }.joined(
      separator: "\n")
    StandardError.write(text + "\n")
  }
}
