import ContentReader
import Diagnostics

/// What reading a file gave last time, for a process that builds the same content again and again
/// (`festdoc serve`): a parsed document or contract is reused while its file's text is the same.
public final class ModelCache: Sendable {
  private let documents = PathMemo<String, (Document, [Diagnostic])>()
  private let contracts = PathMemo<String, (InterfaceContract, [Diagnostic])>()
  private let fragments = PathMemo<String, ContractFragment?>()

  public init() {}

  /// The parse step of a preview session: files whose text this cache has seen are not parsed again.
  public func parse(_ inventory: ContentInventory) -> ParsedDocuments {
    FestivalModelBuilder.parse(inventory, memo: self)
  }

  /// The model step of a preview session: contracts whose text this cache has seen are not read again.
  public func build(_ inventory: ContentInventory, parsed: ParsedDocuments) -> ContentModel {
    FestivalModelBuilder.assemble(inventory, parsed: parsed.documents, memo: self)
  }

  func document(_ file: ContentFile, read: () -> (Document, [Diagnostic])) -> (Document, [Diagnostic]) {
    documents.value(at: file.path, from: file.text, make: read)
  }

  func fragment(path: String, key: String, read: () -> ContractFragment?) -> ContractFragment? {
    fragments.value(at: path, from: key, make: read)
  }

  func contract(
    path: String, title: String, text: String, read: () -> (InterfaceContract, [Diagnostic])
  ) -> (InterfaceContract, [Diagnostic]) {
    contracts.value(at: path, from: title + "\u{0}" + text, make: read)
  }
}
