import Foundation

/// What standard error is connected to: progress and colour only on a terminal, colour never with NO_COLOR.
struct Terminal {
  let isInteractive: Bool
  let usesColour: Bool

  static var standardError: Terminal {
    let interactive = isatty(STDERR_FILENO) == 1
    let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let dumb = ProcessInfo.processInfo.environment["TERM"] == "dumb"
    return Terminal(isInteractive: interactive && !dumb, usesColour: interactive && !noColour && !dumb)
  }

  func paint(_ text: String, _ code: String) -> String {
    usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
