extension StringProtocol where UTF8View: BidirectionalCollection, UnicodeScalarView: BidirectionalCollection {
  /// `trimmingCharacters(in: .whitespaces)` without Foundation, which bridges through `NSString` and
  /// UTF-16: the model trims every table cell, and search every name, thousands of times a build.
  public func trimmingSpaces() -> String { trimmed(newlines: false) }

  /// `trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation.
  public func trimmingSpacesAndNewlines() -> String { trimmed(newlines: true) }

  private func trimmed(newlines: Bool) -> String {
    // Both ends visible ASCII: nothing to trim, whatever the set.
    if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first),
      (0x21...0x7E).contains(last)
    {
      return String(self)
    }
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !Self.isTrimmed($0, newlines: newlines) }),
      let end = scalars.lastIndex(where: { !Self.isTrimmed($0, newlines: newlines) })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[start...end]))
  }

  /// Foundation's sets on this platform: tab, the space separators and the zero-width space; with
  /// newlines also U+000A to U+000D, U+0085 and the line and paragraph separators.
  private static func isTrimmed(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
    switch scalar.value {
    case 0x09, 0x20, 0x200B: return true
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return newlines
    case 0..<0x80: return false
    default: return scalar.properties.generalCategory == .spaceSeparator
    }
  }
}
