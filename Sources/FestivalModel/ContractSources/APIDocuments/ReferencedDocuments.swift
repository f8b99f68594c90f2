import ContentReader
import Diagnostics
import Yams

/// The other files an API document's `$ref`s lead to, each parsed once when first followed, and the
/// schemas named in them, which become data elements after the document's own. Shared by every copy
/// of a reader, so what one scope parses or finds the others see.
final class ReferencedDocuments {
  /// A file a `$ref` names that cannot be followed: missing from the content folder, or not YAML or JSON.
  enum Failure: Error {
    case missing
    case invalid(message: String, line: Int, column: Int)
  }

  /// A schema in another file: where it is, and the name its reference ends in.
  struct Schema: Hashable {
    var file: String
    var pointer: String

    /// The reference as one string, resolved to a content path: `common.yaml#/components/schemas/Error`.
    var written: String { pointer.isEmpty ? file : file + "#" + pointer }
  }

  private let texts: [String: String]
  private var parsed: [String: Result<Node, Failure>] = [:]
  /// Every file followed, in the order first followed.
  private(set) var followed: [String] = []
  /// Schemas met in other files, in the order met; `schemaSeen` keeps each once.
  private(set) var schemas: [Schema] = []
  /// Where each schema was first named, for a diagnostic when it names nothing.
  private var schemaSeen: [Schema: SourceLocation] = [:]
  /// Files whose failure is already reported, so each is reported once.
  var reported = Set<String>()

  /// `document` is the API document itself, at `path`: a `$ref` from another file back into it finds it.
  init(texts: [String: String], document: Node, at path: String) {
    self.texts = texts
    parsed[path] = .success(document)
  }

  /// The parsed top of the file at `path` (a content path).
  func root(of path: String) -> Result<Node, Failure> {
    if let known = parsed[path] { return known }
    let result: Result<Node, Failure>
    if let text = texts[path] {
      followed.append(path)
      do {
        result = .success(try Yams.compose(yaml: text, .default, .default, .utf8) ?? Node(""))
      } catch {
        let (line, column) = OpenAPIReader.place(of: error)
        result = .failure(.invalid(message: OpenAPIReader.reason(of: error), line: line, column: column))
      }
    } else {
      result = .failure(.missing)
    }
    parsed[path] = result
    return result
  }

  func note(schema: Schema, from location: SourceLocation) {
    guard schemaSeen[schema] == nil else { return }
    schemaSeen[schema] = location
    schemas.append(schema)
  }

  func firstReference(to schema: Schema) -> SourceLocation {
    schemaSeen[schema] ?? SourceLocation(file: schema.file, line: 1, column: 1)
  }
}
