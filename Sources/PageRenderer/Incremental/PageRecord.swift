import Foundation

/// What an incremental build remembers of one page: what it was made from, what the cross-reference
/// stage learnt from its body, and the files it wrote. A class: a preview's record holds thousands, and
/// a build that keeps a page hands on the same one instead of copying its facts.
final class PageRecord: Sendable {
  /// The page's input fingerprint (`PageInputs`).
  let inputs: String
  let facts: PageFacts
  /// A fingerprint of its "Referenced by" list: the page is laid out again when that changes.
  let references: String
  /// The page and the files its body made (drawings), site-relative.
  let files: [String]

  init(inputs: String, facts: PageFacts, references: String, files: [String]) {
    self.inputs = inputs
    self.facts = facts
    self.references = references
    self.files = files
  }
}
