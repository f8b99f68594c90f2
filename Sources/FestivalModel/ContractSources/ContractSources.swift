/// The contract sources festdoc knows, in the order they are asked (docs/contract-sources.md).
enum ContractSources {
  static let all: [any ContractSource] = [
    TemplateContractSource(), ProtobufFileSource(), OpenAPIFileSource(), MarkdownContractSource(),
  ]

  /// The fragment of the first source that reads `document`, or nil when none does.
  static func read(_ document: SourceDocument) -> ContractFragment? {
    all.first { $0.reads(document) }?.read(document)
  }
}
