/// An OpenAPI 3.0/3.1, Swagger 2 or AsyncAPI 2.x/3.0 document (YAML or JSON): its component, endpoints
/// or events and channels, and schemas.
struct OpenAPIFileSource: ContractSource {
  func reads(_ document: SourceDocument) -> Bool { document.isAPIDocument }

  func read(_ document: SourceDocument) -> ContractFragment {
    OpenAPIReader.read(
      document.text, path: document.path, title: document.title, references: document.references)
  }
}
