/// A heading or row anchor of a document that a link points at.
struct AnchorTarget: Hashable, Sendable {
  let document: String
  let anchor: String
}
