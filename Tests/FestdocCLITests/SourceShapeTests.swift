import Foundation
import TestSupport
import Testing

/// The conventions of docs/architecture.md that a reader relies on, held by a test: no hand-written
/// function past 80 lines outside the diagram engines, and no rule id written as a string literal
/// (findings name a `RuleID`).
@Suite struct SourceShapeTests {
  static let sources = SharedFolder.projectRoot.appendingPathComponent("Sources")

  /// Every Swift file under Sources/ but the diagram engines and the generated theme, by relative path.
  static func handWritten() throws -> [(String, String)] {
    let paths = try FileManager.default.subpathsOfDirectory(atPath: sources.path).filter {
      $0.hasSuffix(".swift") && !$0.hasPrefix("Diagrams/") && !$0.hasSuffix("DefaultTheme+Files.swift")
    }
    return try paths.sorted().map {
      ($0, try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8))
    }
  }

  /// Lines from each declaration of a function, initializer or computed property to its closing brace.
  static func functionLengths(_ text: String) -> [(line: Int, length: Int)] {
    let lines = text.components(separatedBy: "\n")
    let declaration = try! NSRegularExpression(
      pattern:
        #"^\s*(?:(?:public|private|fileprivate|internal|static|mutating|override|final|@\w+)\s+)*(?:func\s|init[?(<]|subscript)"#
    )
    var found: [(Int, Int)] = []
    for (start, line) in lines.enumerated()
    where declaration.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
      var depth = 0
      var opened = false
      for end in start..<lines.count {
        // String literals and comments may hold braces; they are not code.
        let code = lines[end].replacingOccurrences(
          of: #""(?:[^"\\]|\\.)*""#, with: "\"\"", options: .regularExpression
        )
        .components(separatedBy: "//")[0]
        depth += code.filter { $0 == "{" }.count - code.filter { $0 == "}" }.count
        opened = opened || code.contains("{")
        if opened && depth <= 0 {
          found.append((start + 1, end - start + 1))
          break
        }
      }
    }
    return found
  }

  @Test func noHandWrittenFunctionIsLongerThan80Lines() throws {
    var long: [String] = []
    for (path, text) in try Self.handWritten() {
      for (line, length) in Self.functionLengths(text) where length > 80 {
        long.append("Sources/\(path):\(line): \(length) lines")
      }
    }
    #expect(long == [])
  }

  @Test func theLengthCounterCountsToTheClosingBrace() {
    let text = "struct A {\n  func f() {\n    let s = \"}\"\n    // }\n  }\n}\n"
    #expect(Self.functionLengths(text).map(\.length) == [4])
  }

  @Test func findingsNameTypedRuleIds() throws {
    let literal = try NSRegularExpression(pattern: #"rule: "[a-z]+\.[a-z-]+""#)
    var written: [String] = []
    for (path, text) in try Self.handWritten()
    where literal.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
      written.append(path)
    }
    #expect(written == [])
  }
}
