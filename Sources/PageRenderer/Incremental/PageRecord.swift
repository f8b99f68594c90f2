import Foundation

/// What an incremental build remembers of one page: what it was made from, what the cross-reference
/// stage learnt from its body, and the files it wrote.
struct PageRecord: Sendable {
  /// The page's input fingerprint (`PageInputs`).
  var inputs: String
  var facts: PageFacts
  /// A fingerprint of its "Referenced by" list: the page is laid out again when that changes.
  var references: String
  /// The page and the files its body made (drawings), site-relative.
  var files: [String]
}
