import Diagnostics
import Markdown

/// An authorization matrix written in a task or document: read as the template reads its own.
extension MarkdownContractScanner {
  /// A table whose first column is the resource, under a heading about authorization, permissions or
  /// access control: the template reader's matrix, with its cells understood the same way. True when read.
  mutating func readAuthorization(_ table: Table, context: SourceContext) -> Bool {
    guard contract.authorization == nil,
      let heading = context.headings.last,
      ["authorization", "permission", "access control"].contains(where: { heading.contains($0) }),
      let first = table.header.cells.first,
      ["resource", "resources"].contains(TextFolding.fold(first.content.plainText))
    else { return false }
    let title = Heading(
      level: 2, content: [.text("Authorization Matrix")],
      range: TextRange(start: table.range.start, end: table.range.start))
    let (read, found) = InterfaceContractReader.read(
      path: path, title: self.title, body: MarkdownDocument(blocks: [.heading(title), .table(table)]),
      text: "")
    guard let matrix = read.authorization else { return false }
    contract.authorization = matrix
    diagnostics += found.filter { $0.rule != .interfaceUnfilledTemplate }
    return true
  }
}
