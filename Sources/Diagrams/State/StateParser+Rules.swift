extension StateParser {
  /// Mermaid 11's state lexer rules in their order (stateDiagram.jison), case-insensitive, with their
  /// actions: an id stops at an inline `%%` comment, `state X <<fork>>` loses its marker, a note's
  /// text its `:` or its `end note`.
  static let lexer = RuleLexer(rules: openingRules + statementRules + stateRules + noteRules + closingRules)

  private static let anywhere = ["INITIAL", "ID", "STATE", "struct", "LINE"]

  /// An id ends where an inline `%%` comment starts (jison's `processId`): the rest goes back to the
  /// input; an id that is all comment is no token.
  static func processID(_ effect: inout LexEffect) -> Bool {
    guard let range = effect.text.range(of: "%%") else { return true }
    let before = effect.text[..<range.lowerBound]
    if before.isEmpty { return false }
    effect.consumed = before.unicodeScalars.count
    effect.text = String(before)
    return true
  }

  private static var openingRules: [LexRule] {
    var rules: [LexRule] = [
      LexRule("click", .token("CLICK")), LexRule("href", .token("HREF")),
      LexRule(#""[^"]*""#, .token("STRING")), LexRule("default", .token("DEFAULT")),
    ]
    rules += LexRule.directions()
    rules += [
      LexRule(#"\n+"#, .token("NL")),
      LexRule(#"\s+"#, .skip),
      LexRule(["ID", "STATE", "struct", "LINE"], #"(?:(?!\n)\s)+"#, .skip),
      LexRule(anywhere, #"#[^\n]*"#, .skip),
      LexRule(anywhere, #"%%(?!\{)[^\n]*"#, .skip),
      LexRule(#"scale\s+"#, .enter("SCALE", token: "scale")),
      LexRule(["SCALE"], #"\d+"#, .token("WIDTH")),
      LexRule(["SCALE"], #"\s+width"#, .leave(token: nil)),
    ]
    rules += LexRule.accessibility
    return rules
  }

  /// `classDef`, `class` and `style`: each reads the rest of its line in a state of its own.
  private static var statementRules: [LexRule] {
    func replace(_ next: String, _ kind: String) -> LexRule.Action {
      .custom { effect in
        effect.pop()
        effect.push(next)
        effect.kind = kind
      }
    }
    return [
      LexRule(["INITIAL", "struct"], #"classDef\s+"#, .enter("CLASSDEF", token: "classDef")),
      LexRule(["CLASSDEF"], #"DEFAULT\s+"#, replace("CLASSDEFID", "DEFAULT_CLASSDEF_ID")),
      LexRule(["CLASSDEF"], #"\w+\s+"#, replace("CLASSDEFID", "CLASSDEF_ID")),
      LexRule(["CLASSDEFID"], #"[^\n]*"#, .leave(token: "CLASSDEF_STYLEOPTS")),
      LexRule(["INITIAL", "struct"], #"class\s+"#, .enter("CLASS", token: "class")),
      LexRule(["CLASS"], #"(?:\w+)+(?:(?:,\s*\w+)*)"#, replace("CLASS_STYLE", "CLASSENTITY_IDS")),
      LexRule(["CLASS_STYLE"], #"[^\n]*"#, .leave(token: "STYLECLASS")),
      LexRule(["INITIAL", "struct"], #"style\s+"#, .enter("STYLE", token: "style")),
      LexRule(["STYLE"], #"[\w,]+\s+"#, replace("STYLEDEF_STYLES", "STYLE_IDS")),
      LexRule(["STYLEDEF_STYLES"], #"[^\n]*"#, .leave(token: "STYLEDEF_STYLEOPTS")),
    ]
  }

  /// `state ...`: pseudo-states, a quoted description with `as`, a composite's name and brace.
  private static var stateRules: [LexRule] {
    func marker(_ written: String, _ kind: String) -> LexRule {
      let escaped = written.replacingOccurrences(of: "[", with: #"\["#).replacingOccurrences(
        of: "]", with: #"\]"#)
      return LexRule(
        ["STATE"], ".*" + escaped,
        .custom { effect in
          effect.pop()
          effect.text = String(effect.text.unicodeScalars.dropLast(written.unicodeScalars.count))
            .trimmingCharacters(in: .whitespacesAndNewlines)
          effect.kind = kind
        }, lineGuard: escaped)
    }
    var rules: [LexRule] = [
      LexRule(["INITIAL", "struct"], #"state\s+"#, .enter("STATE", token: nil)),
      marker("<<fork>>", "FORK"), marker("<<join>>", "JOIN"), marker("<<choice>>", "CHOICE"),
      marker("[[fork]]", "FORK"), marker("[[join]]", "JOIN"), marker("[[choice]]", "CHOICE"),
    ]
    rules += LexRule.directions(in: ["struct"])
    rules += [
      LexRule(["STATE"], "\"", .enter("STATE_STRING", token: nil)),
      LexRule(["STATE"], #"\s*as\s+"#, .enter("STATE_ID", token: "AS")),
      LexRule(
        ["STATE_ID"], #"[^\n\{]*"#,
        .custom { effect in
          guard processID(&effect) else { return }
          effect.pop()
          effect.kind = "ID"
        }),
      LexRule(["STATE_STRING"], "\"", .leave(token: nil)),
      LexRule(["STATE_STRING"], #"[^"]*"#, .token("STATE_DESCR")),
      LexRule(["STATE"], #"[^\n\s\{]+"#, .token("COMPOSIT_STATE")),
      LexRule(["STATE"], #"\n"#, .leave(token: nil)),
      LexRule(
        ["INITIAL", "STATE"], #"\{"#,
        .custom { effect in
          effect.pop()
          effect.push("struct")
          effect.kind = "STRUCT_START"
        }),
      LexRule(["struct"], #"\}"#, .leave(token: "STRUCT_STOP")),
      LexRule(["struct"], #"\n"#, .skip),
    ]
    return rules
  }

  private static var noteRules: [LexRule] {
    func replace(_ next: String, _ kind: String?) -> LexRule.Action {
      .custom { effect in
        effect.pop()
        effect.push(next)
        effect.kind = kind
      }
    }
    return [
      LexRule(["INITIAL", "struct"], #"note\s+"#, .enter("NOTE", token: "note")),
      LexRule(["NOTE"], "left of", replace("NOTE_ID", "left_of")),
      LexRule(["NOTE"], "right of", replace("NOTE_ID", "right_of")),
      LexRule(["NOTE"], "\"", replace("FLOATING_NOTE", nil)),
      LexRule(["FLOATING_NOTE"], #"\s*as\s*"#, replace("FLOATING_NOTE_ID", "AS")),
      LexRule(["FLOATING_NOTE"], "\"", .skip),
      LexRule(["FLOATING_NOTE"], #"[^"]*"#, .token("NOTE_TEXT")),
      LexRule(
        ["FLOATING_NOTE_ID"], #"[^\n]*"#,
        .custom { effect in
          guard processID(&effect) else { return }
          effect.pop()
          effect.kind = "ID"
        }),
      LexRule(
        ["NOTE_ID"], #"\s*[^:\n\s\-]+"#,
        .custom { effect in
          guard processID(&effect) else { return }
          effect.pop()
          effect.push("NOTE_TEXT")
          effect.kind = "ID"
        }),
      LexRule(
        ["NOTE_TEXT"], #"\s*:[^:\n;]+"#,
        .custom { effect in
          effect.pop()
          effect.text = String(effect.text.unicodeScalars.dropFirst(2)).trimmingCharacters(
            in: .whitespacesAndNewlines)
          effect.kind = "NOTE_TEXT"
        }),
      LexRule(
        ["NOTE_TEXT"], #"[\s\S]*?\n\s*end note"#,
        .custom { effect in
          effect.pop()
          effect.text = String(effect.text.unicodeScalars.dropLast(8)).trimmingCharacters(
            in: .whitespacesAndNewlines)
          effect.kind = "NOTE_TEXT"
        }),
    ]
  }

  private static var closingRules: [LexRule] {
    [
      LexRule(#"stateDiagram\s+"#, .token("SD")),
      LexRule(#"stateDiagram-v2\s+"#, .token("SD")),
      LexRule("hide empty description", .token("HIDE_EMPTY")),
      LexRule(["INITIAL", "struct"], #"\[\*\]"#, .token("EDGE_STATE")),
      LexRule(
        ["INITIAL", "struct"], #"[^:\n\s\-\{]+"#,
        .custom { effect in
          guard processID(&effect) else { return }
          effect.kind = "ID"
        }),
      LexRule(
        ["INITIAL", "struct"], #"\s*:(?:[^:\n;]|:[^:\n;])+"#,
        .custom { effect in
          effect.text = effect.text.trimmingCharacters(in: .whitespacesAndNewlines)
          effect.kind = "DESCR"
        }),
      LexRule(["INITIAL", "struct"], "-->", .token("-->")),
      LexRule(["struct"], "--", .token("CONCURRENT")),
      LexRule(["INITIAL", "struct"], ":::", .token("STYLE_SEPARATOR")),
      LexRule(".", .token("INVALID")),
    ]
  }
}
