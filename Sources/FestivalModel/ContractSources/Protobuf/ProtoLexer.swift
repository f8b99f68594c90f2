import Foundation

/// Splits a protobuf file into tokens, keeping the comments written before and beside each
/// declaration so they can be shown as its documentation.
struct ProtoLexer {
  private let bytes: [UInt8]
  private var index = 0
  private var line: Int
  private var lineStart = 0
  private var pendingComment: [String] = []
  private var pendingCommentEndLine = 0

  init(_ text: String, firstLine: Int = 1) {
    bytes = Array(text.utf8)
    line = firstLine
  }

  static func tokens(of text: String, firstLine: Int = 1) -> [ProtoToken] {
    var lexer = ProtoLexer(text, firstLine: firstLine)
    var tokens: [ProtoToken] = []
    while let token = lexer.next(previous: tokens.last) {
      if token.kind == .symbol, token.text == "//trailing" {
        if !tokens.isEmpty { tokens[tokens.count - 1].trailingComment = token.leadingComment }
        continue
      }
      tokens.append(token)
    }
    return tokens
  }

  /// The next token; a comment on the line of `previous` comes back as a `//trailing` marker.
  private mutating func next(previous: ProtoToken?) -> ProtoToken? {
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        newline()
        continue
      }
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
        index += 1
        continue
      }
      if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
        let startLine = line
        let text = lineComment()
        if let previous, previous.line == startLine, pendingComment.isEmpty {
          return ProtoToken(
            kind: .symbol, text: "//trailing", line: startLine, column: 1, leadingComment: text)
        }
        noteComment(text, startLine: startLine)
        continue
      }
      if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
        let (startLine, column) = (line, column(of: index))
        guard let text = blockComment() else {
          return ProtoToken(kind: .unterminated, text: "/*", line: startLine, column: column)
        }
        noteComment(text, startLine: startLine)
        continue
      }
      return token()
    }
    return nil
  }

  private mutating func token() -> ProtoToken {
    let start = index
    let column = column(of: start)
    var token: ProtoToken
    let byte = bytes[index]
    if Self.isWordStart(byte) {
      while index < bytes.count, Self.isWordByte(bytes[index]) { index += 1 }
      token = ProtoToken(kind: .word, text: text(start, index), line: line, column: column)
    } else if Self.isDigit(byte) || (byte == UInt8(ascii: "-") && nextIsDigit) {
      index += 1
      while index < bytes.count, Self.isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      token = ProtoToken(kind: .number, text: text(start, index), line: line, column: column)
    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
      token = string(quote: byte, column: column)
    } else {
      index += 1
      token = ProtoToken(kind: .symbol, text: text(start, index), line: line, column: column)
    }
    // A comment counts as this declaration's when it ends on the line before (or this line).
    if !pendingComment.isEmpty, pendingCommentEndLine >= token.line - 1 {
      token.leadingComment = pendingComment.joined(separator: "\n")
    }
    pendingComment = []
    return token
  }

  private var nextIsDigit: Bool { index + 1 < bytes.count && Self.isDigit(bytes[index + 1]) }

  private mutating func string(quote: UInt8, column: Int) -> ProtoToken {
    let startLine = line
    index += 1
    var content: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      if byte == quote {
        index += 1
        return ProtoToken(
          kind: .string, text: String(decoding: content, as: UTF8.self), line: startLine, column: column)
      }
      if byte == UInt8(ascii: "\n") { break }
      if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "\n") {
        content.append(bytes[index + 1])
        index += 2
        continue
      }
      content.append(byte)
      index += 1
    }
    return ProtoToken(kind: .unterminated, text: "\"", line: startLine, column: column)
  }

  private mutating func lineComment() -> String {
    let start = index + 2
    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
    // `/// doc comment`: the third slash is the comment's, not its text.
    return String(text(start, index).trimmingSpaces().drop { $0 == "/" }).trimmingSpaces()
  }

  /// A block comment's text with its `*` margins taken off, or nil when it never ends.
  private mutating func blockComment() -> String? {
    index += 2
    let start = index
    while index + 1 < bytes.count {
      if bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/") {
        let body = text(start, index)
        index += 2
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
          var text = line.trimmingSpaces()
          while text.hasPrefix("*") { text.removeFirst() }
          return text.trimmingSpaces()
        }.filter { !$0.isEmpty }.joined(separator: "\n")
      }
      if bytes[index] == UInt8(ascii: "\n") { newline() } else { index += 1 }
    }
    index = bytes.count
    return nil
  }

  private mutating func noteComment(_ text: String, startLine: Int) {
    if !pendingComment.isEmpty, startLine > pendingCommentEndLine + 1 { pendingComment = [] }
    if !text.isEmpty { pendingComment.append(text) }
    pendingCommentEndLine = line
  }

  private mutating func newline() {
    index += 1
    line += 1
    lineStart = index
  }

  private func column(of position: Int) -> Int {
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    var count = 1
    var at = lineStart
    while at < position {
      if bytes[at] & 0xC0 != 0x80 { count += 1 }
      at += 1
    }
    return count
  }

  private func text(_ from: Int, _ to: Int) -> String {
    String(decoding: bytes[from..<to], as: UTF8.self)
  }

  static func isWordStart(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
  }

  static func isWordByte(_ byte: UInt8) -> Bool { isWordStart(byte) || isDigit(byte) }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
