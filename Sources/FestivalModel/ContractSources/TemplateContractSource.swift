/// `COMMON_INTERFACES.md`, and a loose document named as a contract that has the template's shape:
/// read table by table as the template lays them out (`InterfaceContractReader`).
struct TemplateContractSource: ContractSource {
  func reads(_ document: SourceDocument) -> Bool {
    if document.kind == .interfaces { return true }
    return document.isLoose && FestivalModelBuilder.looksLikeContract(path: document.path)
      && Self.hasTemplateShape(document)
  }

  func read(_ document: SourceDocument) -> ContractFragment {
    let (contract, diagnostics) = InterfaceContractReader.read(
      path: document.path, title: document.title, body: document.body, text: document.text,
      readings: document.readings, jobs: document.jobs)
    var fragment = ContractFragment(contract: contract, diagnostics: diagnostics)
    fragment.isTemplate = true
    return fragment
  }

  /// The template's own section headings: two of them make a document template-shaped.
  static let templateHeadings = [
    "system architecture", "component", "service interface", "api contract", "endpoint",
    "event", "message queue", "data architecture", "authorization", "error handling", "review checklist",
    "sign-off", "external system",
  ]

  static func hasTemplateShape(_ document: SourceDocument) -> Bool {
    var found = Set<String>()
    for case .heading(let heading) in document.body.blocks where heading.level <= 3 {
      let title = heading.content.plainText.lowercased()
      for word in templateHeadings where title.contains(word) { found.insert(word) }
    }
    // The headings alone would take a gRPC spec with "Components" and "Events" sections for the
    // template: its own components table (Component and Responsibility columns) decides.
    guard found.count >= 3, found.contains("component") else { return false }
    return document.body.blocks.contains { block in
      guard case .table(let table) = block else { return false }
      let headers = table.header.cells.map { $0.content.plainText.lowercased() }
      return headers.contains { $0.contains("component") } && headers.contains { $0.contains("responsib") }
    }
  }
}
