/// A fenced or indented code block. `info` is the fence's info string (`mermaid`, `json title=x`).
public struct CodeBlock: Hashable, Sendable {
  public var info: String
  public var code: String
  public var isFenced: Bool
  public var range: TextRange

  public init(info: String, code: String, isFenced: Bool, range: TextRange) {
    self.info = info
    self.code = code
    self.isFenced = isFenced
    self.range = range
  }

  /// The first word of the info string, lowercased: the language.
  public var language: String? {
    let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" }).first
    return word.map { $0.lowercased() }
  }

  /// The line of the first line of code (one below the opening fence).
  public var firstCodeLine: Int { isFenced ? range.start.line + 1 : range.start.line }
}
