import Diagnostics
import Foundation

extension InterfaceContractReader {
  mutating func flag(_ what: String, _ written: String, at location: SourceLocation, fix: String? = nil) {
    diagnostics.append(
      Diagnostic(
        .warning, rule: .valuesNotUnderstood,
        message: "\(what) '\(written)' is not understood; kept as written",
        at: location, fix: fix))
  }

  /// `Yes`, `Y`, `true`, `required` / `No`, `N`, `false`, `optional`.
  mutating func readRequired(_ cell: TableView.Cell?) -> Bool? {
    guard let cell, !cell.text.isEmpty else { return nil }
    switch TextFolding.fold(cell.text) {
    case "yes", "y", "true", "required", "mandatory", "x": return true
    case "no", "n", "false", "optional": return false
    default:
      if cell.text == "✓" || cell.text == "✅" || cell.text == "✔" { return true }
      if cell.text == "✗" || cell.text == "-" { return false }
      flag("required value", cell.text, at: cell.location, fix: "write Yes or No")
      return nil
    }
  }

  /// An HTTP status code; `2xx`-style classes and text around the number are allowed.
  mutating func readStatusCode(_ cell: TableView.Cell?) -> Int? {
    guard let cell, !cell.text.isEmpty else { return nil }
    let digits = cell.text.prefix { $0.isNumber }
    if digits.count == 3, let code = Int(digits), (100...599).contains(code) { return code }
    flag("HTTP status", cell.text, at: cell.location, fix: "write a status code such as 200 or 404")
    return nil
  }

  /// `1:N with Orders, M:N with Products`.
  func relationships(_ text: String) -> [EntityRelationship] {
    NameResolver.split(text).map { part in
      let words = part.split(separator: " ", maxSplits: 2).map(String.init)
      if words.count >= 3, words[0].contains(":"), words[1].lowercased() == "with" {
        return EntityRelationship(cardinality: words[0], target: words[2], written: part)
      }
      if words.count >= 2, words[0].contains(":") {
        return EntityRelationship(
          cardinality: words[0], target: words.dropFirst().joined(separator: " "), written: part)
      }
      return EntityRelationship(cardinality: nil, target: part, written: part)
    }
  }

  /// A comma-separated cell's items, spaces trimmed; none for an empty value.
  mutating func list(_ text: String) -> [String] {
    // Once per text: a large contract repeats the same error cases and technologies thousands of times.
    if let known = listsRead[text] { return known }
    let items =
      TextFolding.isEmptyValue(text)
      ? [] : text.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    listsRead[text] = items
    return items
  }

  /// Resolves a name, keeping the diagnostic.
  mutating func reference(
    _ written: String, at location: SourceLocation, context: String,
    kinds: Set<ReferenceTarget.Kind> = [.component, .externalSystem]
  ) -> NameReference {
    let (reference, diagnostic) = resolver.resolve(written, at: location, kinds: kinds, context: context)
    if let diagnostic { diagnostics.append(diagnostic) }
    return reference
  }

  /// An `Owner` column's component, resolved; nil when the table has none or the cell is empty.
  mutating func ownerColumn(_ view: TableView, _ row: [TableView.Cell]) -> Ownership? {
    guard let cell = view.cell("owner", in: row), !TextFolding.isEmptyValue(cell.text) else { return nil }
    let resolved = reference(cell.text, at: cell.location, context: "owner", kinds: [.component])
    return Ownership(component: resolved.target?.name ?? cell.text, inferred: false, basis: "owner column")
  }

  /// Resolves every name in a list cell.
  mutating func references(_ cell: TableView.Cell?, context: String) -> [NameReference] {
    guard let cell else { return [] }
    return NameResolver.split(cell.text).map { reference($0, at: cell.location, context: context) }
  }
}
