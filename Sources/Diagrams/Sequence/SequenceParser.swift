import Foundation

/// Parses mermaid's sequence diagram language as mermaid 11 does, into a `SequenceDiagram`.
/// The language is line-oriented: each line (or `;`-separated part) is one statement.
public struct SequenceParser {
  /// Arrows, longest first, with mermaid's LINETYPE names.
  /// Tried in order at each position, so a dotted half arrow (`--|\`) is found before the solid one
  /// inside it (`-|\`), which would leave a `-` on the sender's name.
  static let arrows: [(String, String)] = [
    ("--|\\", "SOLID_TOP_DOTTED"), ("--|/", "SOLID_BOTTOM_DOTTED"), ("--\\\\", "STICK_TOP_DOTTED"),
    ("--//", "STICK_BOTTOM_DOTTED"), ("/|--", "SOLID_ARROW_TOP_REVERSE_DOTTED"),
    ("\\|--", "SOLID_ARROW_BOTTOM_REVERSE_DOTTED"), ("//--", "STICK_ARROW_TOP_REVERSE_DOTTED"),
    ("\\\\--", "STICK_ARROW_BOTTOM_REVERSE_DOTTED"),
    ("<<-->>", "BIDIRECTIONAL_DOTTED"), ("<<->>", "BIDIRECTIONAL_SOLID"), ("-->>", "DOTTED"),
    ("->>", "SOLID"),
    ("--x", "DOTTED_CROSS"), ("-x", "SOLID_CROSS"), ("--)", "DOTTED_POINT"), ("-)", "SOLID_POINT"),
    ("-->", "DOTTED_OPEN"), ("-|\\", "SOLID_TOP"), ("-|/", "SOLID_BOTTOM"), ("-//", "STICK_BOTTOM"),
    ("-\\\\", "STICK_TOP"), ("\\|-", "SOLID_ARROW_BOTTOM_REVERSE"), ("/|-", "SOLID_ARROW_TOP_REVERSE"),
    ("//-", "STICK_ARROW_TOP_REVERSE"), ("\\\\-", "STICK_ARROW_BOTTOM_REVERSE"), ("->", "SOLID_OPEN"),
  ]
  static let arrowKinds: [String: String] = Dictionary(uniqueKeysWithValues: arrows)

  /// Block keywords and the kinds of their start, dividers and end.
  static let blocks: [String: (start: String, end: String)] = [
    "loop": ("LOOP_START", "LOOP_END"), "opt": ("OPT_START", "OPT_END"), "alt": ("ALT_START", "ALT_END"),
    "par": ("PAR_START", "PAR_END"), "par_over": ("PAR_OVER_START", "PAR_END"),
    "critical": ("CRITICAL_START", "CRITICAL_END"), "break": ("BREAK_START", "BREAK_END"),
    "rect": ("RECT_START", "RECT_END"),
  ]
  static let dividers: [String: (block: Set<String>, kind: String)] = [
    "else": (["alt"], "ALT_ELSE"), "and": (["par", "par_over"], "PAR_AND"),
    "option": (["critical"], "CRITICAL_OPTION"),
  ]

  var diagram = SequenceDiagram()
  var open: [(keyword: String, line: Int)] = []
  var openBox: Int?
  var activations: [String: Int] = [:]
  /// A participant just created or destroyed: the next message must involve it, as mermaid requires.
  var awaitingMessage: (name: String, what: String)?

  public static func parse(_ source: String) throws -> SequenceDiagram {
    let prepared = DiagramPreprocessor.process(source)
    var parser = SequenceParser()
    try parser.run(prepared.text)
    var diagram = parser.diagram
    if diagram.title == nil { diagram.title = prepared.frontMatter["title"] }
    return diagram.decodingEntities()
  }

  mutating func run(_ text: String) throws {
    var sawHeader = false
    let lines = text.components(separatedBy: "\n")
    var index = 0
    while index < lines.count {
      let lineNumber = index + 1
      var line = lines[index]
      index += 1
      // `accDescr { ... }` runs over several lines.
      let trimmedLine = line.trimmingCharacters(in: .whitespaces)
      if trimmedLine.hasPrefix("accDescr"),
        trimmedLine.dropFirst(8).trimmingCharacters(in: .whitespaces).hasPrefix("{")
      {
        var body = String(trimmedLine.drop { $0 != "{" }.dropFirst())
        while !body.contains("}") && index < lines.count {
          body += "\n" + lines[index]
          index += 1
        }
        body = String(body.prefix { $0 != "}" })
        diagram.accDescr = body.trimmingCharacters(in: .whitespacesAndNewlines)
          .replacingOccurrences(of: #"\n\s+"#, with: "\n", options: .regularExpression)
        continue
      }
      line = Self.stripComments(line)
      for part in line.split(separator: ";", omittingEmptySubsequences: true) {
        let statement = part.trimmingCharacters(in: .whitespaces)
        if statement.isEmpty { continue }
        if !sawHeader {
          guard statement == "sequenceDiagram" || statement.hasPrefix("sequenceDiagram ") else {
            throw DiagramError(
              "a sequence diagram starts with 'sequenceDiagram'", line: lineNumber, column: 1)
          }
          sawHeader = true
          let rest = statement.dropFirst("sequenceDiagram".count).trimmingCharacters(in: .whitespaces)
          if !rest.isEmpty { try statementLine(rest, line: lineNumber) }
          continue
        }
        try statementLine(statement, line: lineNumber)
      }
    }
    guard sawHeader else {
      throw DiagramError("a sequence diagram starts with 'sequenceDiagram'", line: 1, column: 1)
    }
    if let block = open.last {
      throw DiagramError("'\(block.keyword)' is not closed with 'end'", line: block.line, column: 1)
    }
    if openBox != nil { throw DiagramError("a box is not closed with 'end'", line: lines.count, column: 1) }
  }

  /// `#` starts a comment, as does `%%` after a statement.
  static func stripComments(_ line: String) -> String {
    var result = line
    if let hash = result.firstIndex(of: "#") { result = String(result[..<hash]) }
    if let range = result.range(of: "%%"), !result[range.upperBound...].hasPrefix("{") {
      result = String(result[..<range.lowerBound])
    }
    return result
  }

  static func firstWord(_ text: String) -> (String, String) {
    let word = text.prefix { !$0.isWhitespace && $0 != ":" }
    return (String(word), text.dropFirst(word.count).trimmingCharacters(in: .whitespaces))
  }
}
