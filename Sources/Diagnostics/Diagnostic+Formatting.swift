extension Diagnostic {
  /// `path:line:col: severity: message [rule]`, the format compilers and editors understand.
  /// `pathPrefix` turns the content-relative path into one relative to the current folder.
  public func formatted(pathPrefix: String = "") -> String {
    var text = ""
    if let location {
      text += "\(joinPath(pathPrefix, location.file)):\(location.line):\(location.column): "
    } else if !pathPrefix.isEmpty {
      text += "\(trimmedPrefix(pathPrefix)): "
    }
    text += "\(severity.rawValue): \(message) [\(rule)]"
    return text
  }

  private func joinPath(_ prefix: String, _ file: String) -> String {
    let base = trimmedPrefix(prefix)
    if base.isEmpty || base == "." { return file }
    if file.isEmpty { return base }
    return base + "/" + file
  }

  private func trimmedPrefix(_ prefix: String) -> String {
    var base = prefix
    while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
    return base
  }
}

extension Array where Element == Diagnostic {
  /// Sorted by path, line, column, then severity (errors first) and rule, so output is stable.
  public func sortedForOutput() -> [Diagnostic] {
    sorted { lhs, rhs in
      let l = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
      let r = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
      if l != r { return l < r }
      if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
      if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
      return lhs.message < rhs.message
    }
  }

  public func count(of severity: Severity) -> Int { filter { $0.severity == severity }.count }
}
