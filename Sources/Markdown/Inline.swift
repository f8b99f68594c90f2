/// An inline node.
public indirect enum Inline: Hashable, Sendable {
  case text(String)
  case code(String)
  case emphasis([Inline])
  case strong([Inline])
  case strikethrough([Inline])
  case link(Link)
  case image(Image)
  /// Raw inline HTML, kept exactly as written.
  case html(String)
  case softBreak
  case lineBreak
}
