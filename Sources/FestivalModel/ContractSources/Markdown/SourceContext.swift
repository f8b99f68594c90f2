/// Where the walk through a document stands: which component owns what is found here, which operation,
/// endpoint or message a field table belongs to, and whether it is the request or the response.
struct SourceContext {
  enum Target: Equatable {
    case operation(service: Int, operation: Int)
    case endpoint(Int)
    case message(Int)
  }

  enum Direction: Equatable {
    case request
    case response
  }

  var owner: Ownership?
  var target: Target?
  var direction: Direction?
  /// The headings above as written, nearest last.
  var headingTitles: [String] = []

  /// The same, lowercased: "errors" in one makes a code block a registry.
  var headings: [String] { headingTitles.map { $0.lowercased() } }
}
