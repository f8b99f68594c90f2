extension Inline {
  /// The text a reader sees, without markup: code spans keep their content, breaks become spaces.
  public var plainText: String {
    switch self {
    case .text(let text), .code(let text): text
    case .emphasis(let children), .strong(let children), .strikethrough(let children):
      children.plainText
    case .link(let link): link.content.plainText
    case .image(let image): image.content.plainText
    case .html(let html): html
    case .softBreak, .lineBreak: " "
    }
  }
}

extension Array where Element == Inline {
  /// The plain text of a run of inlines.
  public var plainText: String { map(\.plainText).joined() }
}
