extension ClassParser {
  static let nameKinds: Set<String> = ["UNICODE_TEXT", "NUM", "ALPHA", "MINUS"]
  static let relationKinds: Set<String> = [
    "AGGREGATION", "EXTENSION", "COMPOSITION", "DEPENDENCY", "LOLLIPOP", "LINE", "DOTTED_LINE",
  ]

  mutating func statement() throws {
    let token = peek
    switch token.kind {
    case "NAMESPACE": try namespaceStatement()
    case "CLASS": _ = try classStatement()
    case "ANNOTATION_START":
      advance()
      let annotation = try alphaNumeric()
      try expect("ANNOTATION_END")
      try addAnnotation(try className(), annotation, at: token)
    case "CALLBACK", "LINK", "CLICK": try clickStatement()
    case "STYLE":
      advance()
      let id = try expect("ALPHA").text
      setStyle(id, try styles())
    case "CSSCLASS":
      advance()
      let ids = try expect("STR").text
      setCssClass(ids, try expect("ALPHA").text)
    case "NOTE_FOR", "NOTE": _ = try noteStatement()
    case "CLASSDEF":
      advance()
      var ids = [try expect("ALPHA").text]
      while peek.kind == "COMMA" {
        advance()
        ids.append(try expect("ALPHA").text)
      }
      defineClass(ids, try styles())
    case "direction_tb", "direction_bt", "direction_rl", "direction_lr":
      advance()
      diagram.direction = FlowDirection(rawValue: String(token.kind.suffix(2)).uppercased()) ?? .topToBottom
    case "acc_title":
      advance()
      diagram.accTitle = try expect("acc_title_value").text.trimmingCharacters(in: .whitespacesAndNewlines)
    case "acc_descr":
      advance()
      diagram.accDescr = try expect("acc_descr_value").text.trimmingCharacters(in: .whitespacesAndNewlines)
    case "acc_descr_multiline_value":
      diagram.accDescr = advance().text.trimmingCharacters(in: .whitespacesAndNewlines)
        .replacingOccurrences(of: #"\n\s+"#, with: "\n", options: .regularExpression)
    case _ where Self.nameKinds.contains(token.kind) || token.kind == "BQUOTE_STR":
      try nameStatement()
    default:
      throw unexpected(expecting: ["ALPHA", "NEWLINE"])
    }
  }

  /// A statement that starts with a class name: a relation, a member (`A : +int x`), or the name alone,
  /// which mermaid reads and ignores.
  mutating func nameStatement() throws {
    let line = peek.line
    let first = try className()
    if peek.kind == "STR" || Self.relationKinds.contains(peek.kind) {
      let nearFirst = peek.kind == "STR" ? advance().text : nil
      let (fromEnd, dotted, toEnd) = try relation()
      let nearSecond = peek.kind == "STR" ? advance().text : nil
      let second = try className()
      let label = peek.kind == "LABEL" ? Self.cleanupLabel(advance().text) : ""
      addRelation(
        ClassRelation(
          from: first, to: second, fromEnd: fromEnd, toEnd: toEnd, isDotted: dotted, label: label,
          fromCardinality: nearFirst, toCardinality: nearSecond, line: line))
    } else if peek.kind == "LABEL" {
      try addMember(first, Self.cleanupLabel(advance().text), line: line)
    }
  }

  /// `<|--`, `..>`, `--`, `*--o` ...: an optional end, the line, an optional end.
  mutating func relation() throws -> (ClassRelationEnd, Bool, ClassRelationEnd) {
    let first = relationEnd()
    let line = try expect("LINE", "DOTTED_LINE")
    return (first, line.kind == "DOTTED_LINE", relationEnd())
  }

  mutating func relationEnd() -> ClassRelationEnd {
    guard let end = ClassRelationEnd(rawValue: peek.kind), end != .none else { return .none }
    advance()
    return end
  }

  /// `class Name["label"]` and what may follow it: `:::style`, `<<annotation>>`, a body. Returns the
  /// name as written (with its generic part), which a namespace collects.
  mutating func classStatement() throws -> String {
    let line = try expect("CLASS").line
    let name = try className()
    addClass(name, line: line)
    if peek.kind == "SQS" {
      advance()
      let label = try expect("STR").text
      try expect("SQE")
      setLabel(name, label)
    }
    switch peek.kind {
    case "STYLE_SEPARATOR":
      advance()
      setCssClass(name, try alphaNumeric())
      if peek.kind == "STRUCT_START" { try addMembers(name, try body(allowsEmpty: false)) }
    case "STRUCT_START":
      try addMembers(name, try body(allowsEmpty: true))
    case "ANNOTATION_START":
      let start = advance()
      let annotation = try alphaNumeric()
      try expect("ANNOTATION_END")
      try addAnnotation(name, annotation, at: start)
      if peek.kind == "STRUCT_START" { try addMembers(name, try body(allowsEmpty: true)) }
    default: break
    }
    return name
  }

  /// `{ member lines }`, each line with its number.
  mutating func body(allowsEmpty: Bool) throws -> [(String, Int)] {
    try expect("STRUCT_START")
    var members: [(String, Int)] = []
    while peek.kind == "MEMBER" {
      let token = advance()
      members.append((token.text, token.line))
    }
    if members.isEmpty && !allowsEmpty { throw unexpected(expecting: ["MEMBER"]) }
    try expect("STRUCT_STOP")
    return members
  }

  /// `note for Name "text"` or a floating `note "text"`. Returns the note's id.
  mutating func noteStatement() throws -> String {
    let line = peek.line
    var className: String?
    if advance().kind == "NOTE_FOR" { className = try self.className() }
    let text = try expect("STR").text
    let id = "note\(diagram.notes.count)"
    diagram.notes.append(ClassNote(id: id, className: className, text: text, line: line))
    return id
  }

  /// `namespace A.B["label"] { classes, notes and namespaces, one a line }`.
  mutating func namespaceStatement() throws {
    try expect("NAMESPACE")
    let name = try namespaceName()
    var label: String?
    if peek.kind == "SQS" {
      advance()
      label = try expect("STR").text
      try expect("SQE")
    }
    let id = addNamespace(name, label: label)
    defer { namespaceStack.removeLast() }
    try expect("STRUCT_START")
    if peek.kind == "NEWLINE" { advance() }
    var classes: [String] = []
    var notes: [String] = []
    repeat {
      switch peek.kind {
      case "CLASS": classes.append(try classStatement())
      case "NOTE", "NOTE_FOR": notes.append(try noteStatement())
      case "NAMESPACE": try namespaceStatement()
      default: throw unexpected(expecting: ["CLASS", "NOTE", "NAMESPACE"])
      }
      if peek.kind == "NEWLINE" {
        advance()
      } else if peek.kind != "STRUCT_STOP" {
        throw unexpected(expecting: ["STRUCT_STOP"])
      }
    } while peek.kind != "STRUCT_STOP"
    advance()
    addToNamespace(id, classes: classes, notes: notes)
  }
}
