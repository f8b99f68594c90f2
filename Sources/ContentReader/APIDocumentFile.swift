/// An API description read as content: a `.yaml`, `.yml` or `.json` file that declares `openapi`,
/// `swagger` or `asyncapi` at its top. Other YAML and JSON files are not content.
public enum APIDocumentFile {
  public static func isCandidate(path: String) -> Bool {
    let lower = path.lowercased()
    guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") else {
      return false
    }
    // fest's and festdoc's own files, and fest's state, are never API documents.
    let parts = lower.split(separator: "/")
    let name = parts.last.map(String.init) ?? lower
    return !["fest.yaml", "fest.yml", "festdoc.yml", "festdoc.yaml"].contains(name)
      && !parts.contains(".fest")
  }

  /// Whether the text declares an OpenAPI, Swagger or AsyncAPI version as a key of its top level, within its
  /// first lines (YAML `openapi: 3.1.0`, JSON `"openapi": "3.1.0"`).
  public static func declaresAPI(_ text: String) -> Bool {
    // Top level: no indentation in YAML; in JSON after the opening brace, at most two spaces in.
    let key = #/^\{?[ \t]{0,2}"?(?:openapi|swagger|asyncapi)"?[ \t]*:/#
    return text.split(separator: "\n", maxSplits: 200).prefix(200).contains { $0.prefixMatch(of: key) != nil }
  }
}
