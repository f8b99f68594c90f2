/// A link: `[text](destination "title")`, an autolink, or a reference link resolved by cmark.
public struct Link: Hashable, Sendable {
  public var destination: String
  public var title: String
  public var content: [Inline]

  public init(destination: String, title: String, content: [Inline]) {
    self.destination = destination
    self.title = title
    self.content = content
  }
}
