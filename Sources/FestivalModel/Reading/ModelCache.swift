import ContentReader
import Diagnostics

/// What reading a file gave last time, for a process that builds the same content again and again
/// (`festdoc serve`): a parsed document or contract is reused while its file's text is the same.
public final class ModelCache: Sendable {
  private let documents = PathMemo<String, (Document, [Diagnostic])>()
  private let contracts = PathMemo<String, (InterfaceContract, [Diagnostic])>()

  public init() {}

  func document(_ file: ContentFile, read: () -> (Document, [Diagnostic])) -> (Document, [Diagnostic]) {
    documents.value(at: file.path, from: file.text, make: read)
  }

  func contract(
    path: String, title: String, text: String, read: () -> (InterfaceContract, [Diagnostic])
  ) -> (InterfaceContract, [Diagnostic]) {
    contracts.value(at: path, from: title + "\u{0}" + text, make: read)
  }
}
