import ContentReader
import Markdown

/// One file a contract source may read: its text and, for markdown, its parsed body.
struct SourceDocument {
  var path: String
  var title: String
  var text: String
  var body: MarkdownDocument
  var kind: DocumentKind
  /// Outside every festival: read only when its name or folder says it holds contracts.
  var isLoose: Bool
  /// For an API document, the other files its `$ref`s reach, by content path.
  var references: [String: String] = [:]
  /// Threads its reading may use.
  var jobs = 1
  /// A preview session's readings of this document's unchanged tables and paragraphs, when it is large.
  var readings: BlockReadings?

  var lowercasedPath: String { path.lowercased() }
  var isProtobuf: Bool { lowercasedPath.hasSuffix(".proto") }
  /// A YAML or JSON file is read as content only when it declares an OpenAPI or Swagger version.
  var isAPIDocument: Bool { APIDocumentFile.isCandidate(path: path) }
}
