import Foundation
import Testing

@testable import PageRenderer

/// Task and folder names as every plan tree and sidebar writes them.
@Suite struct PlanTitlesTests {
  @Test func trimsWhatFoundationTrims() {
    let samples = [
      "  Task: Ship it \t", "\u{00A0}\u{2003}Name\u{3000}", "", " \t ", "Ünïcode  ", "line\nbreak ",
      "\u{200B}zero width\u{200B}",
    ]
    let spaces = (0...0x3000).compactMap(Unicode.Scalar.init).filter { CharacterSet.whitespaces.contains($0) }
    for sample in samples + spaces.map({ "\($0)x\($0)" }) {
      #expect(PlanTitles.trimmed(sample) == sample.trimmingCharacters(in: .whitespaces), "\(sample)")
    }
  }

  @Test func numbersArePaddedAsTheFolderWritesThem() {
    for (number, digits) in [(0, 2), (7, 2), (12, 2), (123, 2), (5, 3), (-3, 2), (1_000, 3)] {
      #expect(PlanTitles.padded(number, to: digits) == String(format: "%0\(digits)d", number))
    }
  }

  @Test func aTaskIsNamedWithoutTheTemplatesPrefix() {
    #expect(PlanTitles.name(of: "  Task:  Ship the API ") == "Ship the API")
    #expect(PlanTitles.name(of: "TASK: Review") == "Review")
    #expect(PlanTitles.name(of: "Task:") == "Task:")
    #expect(PlanTitles.name(of: "Tasks for later") == "Tasks for later")
    #expect(PlanTitles.name(of: "Task") == "Task")
  }
}
