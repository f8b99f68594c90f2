/// An image: `![alt](source "title")`; `content` is the alt text as inlines.
public struct Image: Hashable, Sendable {
  public var source: String
  public var title: String
  public var content: [Inline]

  public init(source: String, title: String, content: [Inline]) {
    self.source = source
    self.title = title
    self.content = content
  }
}
