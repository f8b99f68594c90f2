extension ClassMember {
  static let visibilities: Set<Character> = ["#", "+", "~", "-"]

  /// Reads a method line (one holding `)` after its start), or nil where mermaid's method pattern
  /// finds no `name(...)` in it; mermaid fails on such a line.
  static func method(_ line: String) -> ClassMember? {
    let pattern = #/([#+~-])?(.+)\((.*)\)([\s$*])?(.*)([$*])?/#.matchingSemantics(.unicodeScalar)
    guard let match = try? pattern.firstMatch(in: line) else { return nil }
    let visibility = match.1.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    var classifier = match.4.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    var returnType = String(match.5).trimmingCharacters(in: .whitespacesAndNewlines)
    if classifier.isEmpty, let last = returnType.last, last == "$" || last == "*" {
      classifier = String(last)
      returnType.removeLast()
    }
    return ClassMember(
      isMethod: true, visibility: visibility, name: keepingOneLeadingSpace(String(match.2)),
      parameters: String(match.3).trimmingCharacters(in: .whitespacesAndNewlines), returnType: returnType,
      classifier: classifier)
  }

  /// Reads an attribute line: a leading visibility and a trailing `$` or `*` come off the name.
  static func attribute(_ line: String) -> ClassMember {
    var name = Substring(line)
    var visibility = ""
    var classifier = ""
    if let first = name.first, visibilities.contains(first) {
      visibility = String(first)
      name = name.dropFirst()
    }
    if let last = line.last, last == "$" || last == "*" {
      classifier = String(last)
      if !name.isEmpty { name = name.dropLast() }
    }
    return ClassMember(
      isMethod: false, visibility: visibility, name: keepingOneLeadingSpace(String(name)),
      classifier: classifier)
  }

  /// Mermaid trims a member's name but keeps one leading space where there was any.
  private static func keepingOneLeadingSpace(_ name: String) -> String {
    let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
    return name.hasPrefix(" ") ? " " + trimmed : trimmed
  }
}
