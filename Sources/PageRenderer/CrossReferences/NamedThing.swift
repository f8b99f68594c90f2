/// Something the festival names and defines in one place: the A-Z index lists it, mentions of it are
/// found on every page.
struct NamedThing: Hashable {
  enum Kind: String, CaseIterable {
    case component, operation, field, endpoint, entity, event, queue
    case externalSystem = "external system"
    case role, resource
    case errorCode = "error code"
    case metric
  }

  var name: String
  var kind: Kind
  /// Site path of the definition, with `#anchor` when it is a row of a page.
  var definition: String
  /// Another name it goes by (an endpoint's `POST /v1/shipments`).
  var alias: String?
  /// Where it belongs when the name alone is ambiguous (an operation's service).
  var context: String?

  /// The definition's page, without the anchor.
  var definitionPage: String {
    definition.firstIndex(of: "#").map { String(definition[..<$0]) } ?? definition
  }
}
