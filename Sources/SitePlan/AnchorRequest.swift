import Diagnostics

/// One row that asks for an anchor: where it is and the words its slug is made from, kept as the
/// contract's own strings so that a list of requests is cheap to make and to compare with the last.
struct AnchorRequest: Equatable, Sendable {
  var location: SourceLocation
  /// `op`, `field`, `endpoint`, an element kind's name...
  var prefix: String
  var name: String
  var detail: String?

  init(_ location: SourceLocation, _ prefix: String, _ name: String, _ detail: String? = nil) {
    (self.location, self.prefix, self.name, self.detail) = (location, prefix, name, detail)
  }

  /// The text the slug is made from: `field Order id`.
  var text: String {
    guard let detail else { return prefix + " " + name }
    return prefix + " " + name + " " + detail
  }
}
