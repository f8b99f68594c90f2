import ContentReader
import Diagnostics
import Foundation

/// Reads `.fest/progress_events.jsonl` line by line as fest does: blank lines skipped, a line that is not
/// a JSON object skipped with a warning, every other event kept in file order.
enum FestEventLogReader {
  static let taskKinds: Set<String> = ["started", "completed", "blocked", "reset", "unblocked", "progress"]
  static let workflowKinds: Set<String> = [
    "wf_init", "wf_step_start", "wf_step_done", "wf_advance", "wf_step_block", "wf_step_skip", "wf_reset",
    "wf_step_fail_remediation", "wf_step_recheck",
  ]

  static func read(_ file: ContentFile) -> ([ProgressEvent], [Diagnostic]) {
    var events: [ProgressEvent] = []
    var findings: [Diagnostic] = []
    for (offset, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = offset + 1
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      guard let data = line.data(using: .utf8),
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
        let kind = object["event"] as? String
      else {
        findings.append(
          warning(
            .festEventMalformed,
            "line is not a fest event (a JSON object with an \"event\"); fest skips it", file, number))
        continue
      }
      guard isKnown(kind) else {
        findings.append(
          warning(
            .festEventUnknown, "unknown event '\(kind.prefix(60))'; it changes nothing", file, number))
        continue
      }
      events.append(event(kind, object, line: number))
    }
    return (events, findings)
  }

  static func isKnown(_ kind: String) -> Bool {
    taskKinds.contains(kind) || workflowKinds.contains(kind) || kind.hasPrefix("wf_judge_")
  }

  private static func event(_ kind: String, _ object: [String: Any], line: Int) -> ProgressEvent {
    var event = ProgressEvent(line: line, kind: kind)
    event.timestamp = object["ts"] as? String
    event.task = (object["task"] as? String).map { $0.replacingOccurrences(of: "\\", with: "/") }
    event.phase = object["phase"] as? String
    event.step = integer(object["step"])
    event.totalSteps = integer(object["total_steps"])
    event.reason = object["reason"] as? String
    event.percent = integer(object["percent"])
    event.minutes = integer(object["minutes"])
    return event
  }

  private static func integer(_ value: Any?) -> Int? {
    guard let number = value as? NSNumber else { return nil }
    let double = number.doubleValue
    return double.isFinite && abs(double) < 1e9 ? Int(double) : nil
  }

  static func warning(_ rule: RuleID, _ message: String, _ file: ContentFile, _ line: Int) -> Diagnostic {
    Diagnostic(
      .warning, rule: rule, message: message, at: SourceLocation(file: file.path, line: line, column: 1))
  }
}
