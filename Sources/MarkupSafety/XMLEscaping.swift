/// Escaping for XML text and attribute values (SVG): control characters XML does not allow are dropped.
public enum XMLEscaping {
  public static func text(_ value: String) -> String {
    MarkupEscaper.escape(value, quotes: [], controls: .dropForXML)
  }

  /// Both quotes too, so a value can never close its attribute.
  public static func attribute(_ value: String) -> String {
    MarkupEscaper.escape(
      value, quotes: [(UInt8(ascii: "\""), "&quot;"), (UInt8(ascii: "'"), "&#39;")], controls: .dropForXML)
  }
}
