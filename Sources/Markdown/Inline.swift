/// An inline node. Only links and images are boxed: the common cases (text, code, breaks) sit in their
/// array without a heap box of their own, one allocation fewer for each cell of a long table.
public enum Inline: Hashable, Sendable {
  case text(String)
  case code(String)
  case emphasis([Inline])
  case strong([Inline])
  case strikethrough([Inline])
  indirect case link(Link)
  indirect case image(Image)
  /// Raw inline HTML, kept exactly as written.
  case html(String)
  case softBreak
  case lineBreak
}
