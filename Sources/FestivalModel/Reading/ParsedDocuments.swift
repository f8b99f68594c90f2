import Diagnostics

/// Every content document parsed (markdown and front matter) with what parsing found, by path: what the
/// build's parse step hands the model step.
public struct ParsedDocuments: Sendable {
  var documents: [String: (Document, [Diagnostic])]
}
