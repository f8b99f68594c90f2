import ContentReader
import ContractDiff
import FestivalModel
import Foundation
import Testing

/// Security and deprecation read from OpenAPI documents reach `festdoc diff` as they reach oasdiff: an
/// operation's own `security`, else its document's, compared on each side.
@Suite struct EndpointFactsDiffTests {
  static func model(_ document: String) -> ContentModel {
    FestivalModelBuilder.build(
      ContentReader.read(files: [
        "f/FESTIVAL_GOAL.md": Data("# F\n".utf8), "f/api/orders.yaml": Data(document.utf8),
      ]))
  }

  static func document(security: String, operation: String = "") -> String {
    """
    openapi: 3.1.0
    info:
      title: Orders
      version: '1'
    \(security)
    paths:
      /orders:
        get:
          summary: List orders
    \(operation)
          responses:
            '200':
              description: ok
    components:
      securitySchemes:
        bearer:
          type: http
          scheme: bearer
    """
  }

  static func rules(_ old: String, _ new: String) -> [String] {
    ContentDiff.compare(old: model(old), new: model(new)).changes.map(\.rule.id)
  }

  @Test func theDocumentsSecurityAppliesToOperationsWithoutTheirOwn() {
    let open = Self.document(security: "")
    let closed = Self.document(security: "security:\n  - bearer: []")
    #expect(Self.rules(open, closed) == ["endpoint.security-added"])
    #expect(Self.rules(closed, open) == ["endpoint.security-removed"])
    // The operation opts out with `security: []`: nothing changes for it.
    let optedOut = Self.document(
      security: "security:\n  - bearer: []", operation: "      security: []")
    #expect(Self.rules(open, optedOut).isEmpty)
    let scoped = Self.document(security: "security:\n  - bearer: [orders:read]")
    #expect(Self.rules(closed, scoped) == ["endpoint.security-changed"])
  }

  @Test func anOperationMarkedDeprecatedIsReported() {
    let before = Self.document(security: "")
    let after = Self.document(security: "", operation: "      deprecated: true")
    #expect(Self.rules(before, after) == ["endpoint.deprecated"])
    #expect(Self.rules(after, before).isEmpty)
  }
}
