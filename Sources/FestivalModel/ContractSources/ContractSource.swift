/// A reader of one way of writing interfaces down. Each turns what it recognises into the one interface
/// model, every element with the file and line it came from; `ContractMerger` joins what all sources
/// found across a festival. A new format (OpenAPI, AsyncAPI) is one more conforming type in
/// `ContractSources.all`.
protocol ContractSource: Sendable {
  /// Whether this source is the one to read `document`; the first source that says yes reads it.
  func reads(_ document: SourceDocument) -> Bool
  func read(_ document: SourceDocument) -> ContractFragment
}
