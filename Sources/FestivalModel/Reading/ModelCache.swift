import ContentReader
import Diagnostics
import Markdown

/// What reading a file gave last time, for a process that builds the same content again and again
/// (`festdoc serve`): a parsed document or contract is reused while its file's text is the same.
public final class ModelCache: Sendable {
  private let documents = PathMemo<String, (Document, [Diagnostic])>()
  private let fragments = PathMemo<String, ContractFragment?>()
  /// Large documents' markdown by top-level block, by path.
  private let markdownParts = PathMemo<Void, MarkdownPartCache>(same: { _, _ in true })
  /// Large contracts' tables and field paragraphs as the interface reader read them, by path.
  private let blockReadings = PathMemo<Void, BlockReadings>(same: { _, _ in true })
  /// Documents at least this large are kept part by part: below it a whole parse costs little.
  static let partedSize = 64 * 1024

  public init() {}

  /// The parse step of a preview session: files whose text this cache has seen are not parsed again.
  /// What it kept for files the content no longer has is let go.
  public func parse(_ inventory: ContentInventory, jobs: Int = 1) -> ParsedDocuments {
    let parsed = FestivalModelBuilder.parse(inventory, memo: self, jobs: jobs)
    let paths = Set((inventory.festivals.flatMap(\.documents) + inventory.looseDocuments).map(\.path))
    documents.keep(only: paths)
    fragments.keep(only: paths)
    markdownParts.keep(only: paths)
    blockReadings.keep(only: paths)
    return parsed
  }

  /// Whether anything read from `path` is kept, for tests.
  func remembers(_ path: String) -> Bool {
    documents.last(at: path) != nil || fragments.last(at: path) != nil || markdownParts.last(at: path) != nil
      || blockReadings.last(at: path) != nil
  }

  /// The model step of a preview session: contracts whose text this cache has seen are not read again.
  public func build(_ inventory: ContentInventory, parsed: ParsedDocuments) -> ContentModel {
    FestivalModelBuilder.assemble(inventory, parsed: parsed.documents, memo: self)
  }

  func document(_ file: ContentFile, read: (MarkdownPartCache?) -> (Document, [Diagnostic]))
    -> (Document, [Diagnostic])
  {
    documents.value(at: file.path, from: file.text) {
      guard file.text.utf8.count >= Self.partedSize else { return read(nil) }
      return read(markdownParts.value(at: file.path, from: ()) { MarkdownPartCache() })
    }
  }

  /// The readings kept for a document parsed part by part; nil for a smaller one.
  func readings(for path: String, text: String) -> BlockReadings? {
    guard text.utf8.count >= Self.partedSize else { return nil }
    return blockReadings.value(at: path, from: ()) { BlockReadings() }
  }

  func fragment(path: String, key: String, read: () -> ContractFragment?) -> ContractFragment? {
    fragments.value(at: path, from: key, make: read)
  }
}
