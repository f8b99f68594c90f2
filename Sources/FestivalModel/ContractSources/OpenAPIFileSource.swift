/// An OpenAPI 3.0/3.1 or Swagger 2 document (YAML or JSON): its component, endpoints and schemas.
struct OpenAPIFileSource: ContractSource {
  func reads(_ document: SourceDocument) -> Bool { document.isAPIDocument }

  func read(_ document: SourceDocument) -> ContractFragment {
    OpenAPIReader.read(document.text, path: document.path, title: document.title)
  }
}
