import ContentReader
import Foundation
import TestSupport
import Testing

@testable import FestivalModel

@Suite struct TemplateTests {
  static let template = SharedFolder.url?.appendingPathComponent(
    "festival-methodology/COMMON_INTERFACES_TEMPLATE.md")

  @Test(.enabled(if: template != nil, "needs ../shared/festival-methodology (absent in a fresh clone)"))
  func theUnfilledTemplateIsAllPlaceholdersAndNoEntities() throws {
    let text = try String(contentsOf: Self.template!, encoding: .utf8)
    let (contract, diagnostics) = readContract(text)
    #expect(contract.isUnfilledTemplate)
    #expect(contract.status == nil)
    #expect(contract.components.isEmpty && contract.endpoints.isEmpty && contract.events.isEmpty)
    #expect(contract.entities.isEmpty && contract.queues.isEmpty && contract.authorization == nil)
    #expect(contract.placeholders.filter(\.isTemplateRow).count == 19)
    #expect(contract.placeholders.contains { $0.text == "___________" })
    #expect(contract.examples.count == 3)
    #expect(contract.examples[0].fields["Service"] == "User Management API")
    #expect(contract.diagrams.map(\.kind) == [.flowchart, .sequence])
    #expect(diagnostics.map(\.rule.id) == ["interface.unfilled-template"])
  }

  @Test(.enabled(if: template != nil, "needs ../shared/festival-methodology (absent in a fresh clone)"))
  func theTemplateWithAStatusReadsItsExampleRowsAndSkipsPlaceholderRows() throws {
    var text = try String(contentsOf: Self.template!, encoding: .utf8)
    text = text.replacingOccurrences(of: "[DRAFT | UNDER_REVIEW | FINALIZED]", with: "DRAFT")
    let (contract, diagnostics) = readContract(text)
    #expect(!contract.isUnfilledTemplate)
    #expect(contract.components.map(\.name).first == "Frontend Web App")
    #expect(contract.serviceInterfaces.first?.operations.count == 4)
    #expect(contract.endpoints.isEmpty)  // "[Endpoint Name]" with "[GET/POST/PUT/DELETE]" is a placeholder
    #expect(contract.examples.count == 3)
    #expect(
      diagnostics.filter { $0.rule.id == "placeholders.template-row" }.allSatisfy { $0.severity == .warning })
  }
}
