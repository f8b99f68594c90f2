import Testing

@testable import PageRenderer

/// Expectations show markup as its HTML (its `description` stops on purpose: see `Markup`).
extension Markup: CustomTestStringConvertible {
  public var testDescription: String { html }
}
