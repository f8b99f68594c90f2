import ContentReader
import Diagnostics
import Yams

/// A node and the file it was found in, with that file's top for its own local `$ref`s.
struct Located {
  var node: Node
  var file: String
  var root: Node
}

/// `$ref`s followed within the document and into other files of the content folder; chains too long,
/// cycles, dangling pointers and missing files reported at the `$ref` that leads there.
extension APIDocumentReading {
  /// A node with its `$ref`s followed, or the node itself when it has none; nil (reported) when one
  /// leads nowhere. A remote reference (`https://…`) is never fetched: its node comes back as it is.
  mutating func resolve(_ node: Node) -> Node? { locate(node)?.node }

  /// `resolve`, with the file the node was found in.
  mutating func locate(_ node: Node) -> Located? {
    var current = Located(node: node, file: path, root: root)
    var seen = Set<String>()
    for _ in 0..<Self.referenceDepth {
      guard let reference = current.node["$ref"]?.string else { return current }
      let written = current.node["$ref"] ?? current.node
      let (file, fragment) = Self.split(reference)
      if APIReferences.isRemote(file) { return current }
      guard let target = locateFile(file, from: current, reference: reference, at: written) else {
        return nil
      }
      guard let found = Self.pointer(fragment, in: target.root) else {
        let place = file.isEmpty ? "the document" : target.file
        report("$ref '\(reference)' leads nowhere in \(place)", at: written, in: current.file)
        return nil
      }
      guard seen.insert(target.file + "#" + fragment).inserted else {
        report(
          "$ref '\(reference)' closes a cycle of $refs; it is not followed", at: written, in: current.file)
        return nil
      }
      current = Located(node: found.value, file: target.file, root: target.root)
    }
    report("a chain of more than \(Self.referenceDepth) $refs is not followed", at: node)
    return nil
  }

  /// The file a `$ref`'s file part names, read from the file `current` is in; the same file when empty.
  private mutating func locateFile(_ file: String, from current: Located, reference: String, at written: Node)
    -> Located?
  {
    guard !file.isEmpty else { return current }
    guard
      let joined = ContentPath.join(
        folder: ContentPath.folder(of: current.file), APIReferences.decoded(file))
    else {
      report("$ref '\(reference)' climbs above the content folder", at: written, in: current.file)
      return nil
    }
    if joined == path { return Located(node: root, file: path, root: root) }
    switch documents.root(of: joined) {
    case .success(let top):
      return Located(node: top, file: joined, root: top)
    case .failure(.missing):
      documents.reported.insert(joined)
      report(
        "$ref '\(reference)' names \(joined), which is not in the content folder", at: written,
        in: current.file)
    case .failure(.invalid(let message, let line, let column)):
      if documents.reported.insert(joined).inserted {
        diagnostics.append(
          Self.finding(
            "the file a $ref names is not valid YAML or JSON: \(message)", path: joined, line: line,
            column: column))
      }
    }
    return nil
  }

  /// Runs `body` reading the file `place` is in, then returns to the file read before.
  mutating func within<Result>(_ place: Located, _ body: (inout Self) -> Result) -> Result {
    let saved = (path, root)
    (path, root) = (place.file, place.root)
    defer { (path, root) = saved }
    return body(&self)
  }

  /// Remembers a schema named in another file, to be read as a data element after the document.
  func noteSchema(_ reference: String, at written: Node) {
    let (file, fragment) = Self.split(reference)
    guard !APIReferences.isRemote(file) else { return }
    let target =
      file.isEmpty
      ? path : ContentPath.join(folder: ContentPath.folder(of: path), APIReferences.decoded(file))
    guard let target else { return }
    documents.note(
      schema: ReferencedDocuments.Schema(file: target, pointer: fragment), from: at(written))
  }

  /// The schemas other files define that the document's schemas and operations name, as data elements
  /// (each at its own file and line), until none names another. One that leads nowhere is reported at
  /// its first `$ref`.
  mutating func readReferencedSchemas(documentPath: String, owner: String) {
    var names = Set(contract.entities.map(\.name))
    var index = 0
    while index < documents.schemas.count {
      let schema = documents.schemas[index]
      index += 1
      guard let top = schema.file == documentPath ? root : referencedTop(schema) else { continue }
      guard let found = Self.pointer(schema.pointer, in: top) else {
        // One in the document itself is reported where a property's $ref is followed.
        guard schema.file != documentPath else { continue }
        diagnostics.append(
          Self.finding(
            "$ref '\(schema.written)' leads nowhere in \(schema.file)",
            at: documents.firstReference(to: schema)))
        continue
      }
      // The document's own schemas are read already; only another file's become new elements.
      guard schema.file != documentPath else { continue }
      let name = Self.referenceName(schema.written)
      guard names.insert(name).inserted else { continue }
      let place = Located(node: found.value, file: schema.file, root: top)
      within(place) { reader in
        reader.contract.entities.append(
          reader.entity(named: name, at: found.key ?? top, schema: found.value, owner: owner))
      }
    }
  }

  /// The top of the other file a schema is in; nil, reported once, when it is missing or not YAML.
  private mutating func referencedTop(_ schema: ReferencedDocuments.Schema) -> Node? {
    switch documents.root(of: schema.file) {
    case .success(let top): return top
    case .failure(let failure):
      guard documents.reported.insert(schema.file).inserted else { return nil }
      switch failure {
      case .missing:
        diagnostics.append(
          Self.finding(
            "$ref '\(schema.written)' names \(schema.file), which is not in the content folder",
            at: documents.firstReference(to: schema)))
      case .invalid(let message, let line, let column):
        diagnostics.append(
          Self.finding(
            "the file a $ref names is not valid YAML or JSON: \(message)", path: schema.file, line: line,
            column: column))
      }
      return nil
    }
  }

  static func finding(_ message: String, at location: SourceLocation) -> Diagnostic {
    finding(message, path: location.file, line: location.line, column: location.column)
  }

  /// `other.yaml#/a/b` as (`other.yaml`, `/a/b`); `#/a` as ("", `/a`).
  static func split(_ reference: String) -> (file: String, fragment: String) {
    guard let hash = reference.firstIndex(of: "#") else { return (reference, "") }
    return (String(reference[..<hash]), String(reference[reference.index(after: hash)...]))
  }

  /// The node a JSON pointer (`/a/b`, or "" for the whole file) names in `top`, with the key it is
  /// written under when its parent is a mapping; nil when it names nothing.
  static func pointer(_ fragment: String, in top: Node) -> (key: Node?, value: Node)? {
    var node = top
    var key: Node?
    for part in fragment.split(separator: "/") {
      let name = String(part).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(
        of: "~0", with: "~")
      if let sequence = node.sequence, let index = Int(name) {
        guard sequence.indices.contains(index) else { return nil }
        node = sequence[index]
        key = nil
      } else if let mapping = node.mapping, let entry = mapping.first(where: { $0.key.string == name }) {
        (key, node) = (entry.key, entry.value)
      } else {
        return nil
      }
    }
    return (key, node)
  }

  mutating func report(_ message: String, at node: Node, in file: String) {
    diagnostics.append(
      Self.finding(message, path: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1))
  }
}
