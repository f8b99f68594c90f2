/// A diagram's text after mermaid's pre-processing, with what the pre-processing took out of it.
/// Entity codes in `text` stand as placeholders; `EntityCodes.decode` turns them into characters.
public struct PreprocessedDiagram: Hashable, Sendable {
  /// The text the grammar reads; removed lines are left blank so line numbers stay those of the source.
  public var text: String
  /// `title` and other keys of a YAML front matter block.
  public var frontMatter: [String: String]
  /// The JSON-ish bodies of `%%{init: ...}%%` directives, as written.
  public var directives: [String]
}
