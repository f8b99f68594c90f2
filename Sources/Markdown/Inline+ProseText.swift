extension Inline {
  /// The text an author wrote as prose: like `plainText`, but a code span stands as one space, since
  /// what is quoted as code (`{{name}}`, `[REPLACE: ...]`) is an example, not a blank to fill.
  public var proseText: String {
    switch self {
    case .code: " "
    case .emphasis(let children), .strong(let children), .strikethrough(let children):
      children.proseText
    case .link(let link): link.content.proseText
    case .image(let image): image.content.proseText
    default: plainText
    }
  }
}

extension Array where Element == Inline {
  /// The prose text of a run of inlines.
  public var proseText: String { map(\.proseText).joined() }
}
