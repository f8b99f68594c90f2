extension StringProtocol {
  /// Whether `needle` occurs in the text, byte for byte, by the standard library's search. Foundation's
  /// `contains` goes through `NSString` and showed in the reading of large contracts, once per heading.
  func containsBytes(_ needle: String) -> Bool {
    utf8.firstRange(of: needle.utf8) != nil
  }
}
