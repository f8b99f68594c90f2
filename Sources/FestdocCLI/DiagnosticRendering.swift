import CIFormats
import Diagnostics
import Foundation

/// The three ways `check` prints findings. Paths are relative to the current folder.
enum DiagnosticRendering {
  static func json(_ diagnostics: [Diagnostic], pathPrefix: String) throws -> String {
    struct Entry: Encodable {
      var path: String
      var line: Int
      var column: Int
      var severity: String
      var rule: String
      var message: String
      @NullIfAbsent var fix: String?
    }
    let entries = diagnostics.map { diagnostic in
      Entry(
        path: path(diagnostic, pathPrefix), line: diagnostic.location?.line ?? 0,
        column: diagnostic.location?.column ?? 0, severity: diagnostic.severity.rawValue,
        rule: diagnostic.rule.id,
        message: diagnostic.message, fix: diagnostic.fix)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(entries), as: UTF8.self)
  }

  /// GitHub Actions workflow commands: one annotation per finding, properties and message escaped.
  static func github(_ diagnostics: [Diagnostic], pathPrefix: String) -> String {
    diagnostics.map { diagnostic in
      let command =
        diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "notice"
      var properties = ["file=\(escapeProperty(path(diagnostic, pathPrefix)))"]
      if let location = diagnostic.location {
        properties.append("line=\(location.line)")
        properties.append("col=\(location.column)")
      }
      properties.append("title=\(escapeProperty(diagnostic.rule.id))")
      var message = diagnostic.message
      if let fix = diagnostic.fix { message += " (fix: \(fix))" }
      return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }.joined(separator: "\n")
  }

  private static func path(_ diagnostic: Diagnostic, _ prefix: String) -> String {
    ReportPath.join(prefix, diagnostic.location?.file ?? "")
  }

  private static func escapeData(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  private static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
