/// A `.proto` file: every service, message and enum it declares.
struct ProtobufFileSource: ContractSource {
  func reads(_ document: SourceDocument) -> Bool { document.isProtobuf }

  func read(_ document: SourceDocument) -> ContractFragment {
    var contract = InterfaceContract(path: document.path, title: document.title)
    let diagnostics = ProtobufContractReader.read(
      document.text, path: document.path, firstLine: 1, owner: nil, into: &contract)
    return ContractFragment(contract: contract, diagnostics: diagnostics)
  }
}
