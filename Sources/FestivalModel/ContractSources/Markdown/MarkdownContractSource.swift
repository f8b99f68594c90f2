/// Any markdown document of a festival (tasks, phase documents, the overview, loose contract documents):
/// endpoints, RPCs, field, event, error and schema tables and ```proto blocks wherever they are written.
struct MarkdownContractSource: ContractSource {
  func reads(_ document: SourceDocument) -> Bool {
    guard !document.isProtobuf && !document.isAPIDocument else { return false }
    return !document.isLoose || FestivalModelBuilder.looksLikeContract(path: document.path)
  }

  func read(_ document: SourceDocument) -> ContractFragment {
    var scanner = MarkdownContractScanner(path: document.path, title: document.title)
    scanner.scan(document.body)
    return ContractFragment(contract: scanner.contract, diagnostics: scanner.diagnostics)
  }
}
