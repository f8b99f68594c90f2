/// What a link in a document turned out to be.
public enum LinkResolution: Equatable, Sendable {
  /// A relative URL to a page of the site (with its anchor), or an anchor on the same page.
  case page(String)
  /// An http(s) or mailto URL, kept as written.
  case external(String)
  /// A link to something the site does not have; `reason` says what.
  case broken(reason: String)
  /// A scheme that may never become a link (`javascript:` ...).
  case refused
}
