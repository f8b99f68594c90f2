import Diagnostics
import Foundation
import Markdown

extension InterfaceContractReader {
  /// Reads the document-level `**Key**: value` fields wherever they stand.
  mutating func readFields(of section: DocumentSection, chain: [DocumentSection]) {
    let fields = section.fields
    if fields["httpmethod"] != nil || fields["urlpattern"] != nil { endpointSections[section.line] = section }
    if fields["communicationmethod"] != nil { serviceSections[section.line] = section }
    func value(_ key: String) -> (String, FieldLine)? {
      guard let field = fields[key], !field.value.isEmpty else { return nil }
      if PlaceholderDetector.isTemplateValue(field.value) {
        if PlaceholderDetector.markers(in: field.value).isEmpty {
          contract.placeholders.append(
            Placeholder(text: field.value, isTemplateRow: false, location: at(field.line, 1)))
        }
        return nil
      }
      return (field.value, field)
    }
    if let field = fields["currentstatus"] { readStatus(field) }
    if let (text, _) = value("reviewdeadline") { contract.reviewDeadline = text }
    if let (text, _) = value("stakeholdersignoffrequired") { contract.signOffRequired = text }
    if let (text, _) = value("selectedprotocol") { contract.internalProtocol.selected = text }
    if let (text, _) = value("rationale"),
      chain.contains(where: {
        $0.title.lowercased().contains("protocol") || $0.title.lowercased().contains("communication")
      })
    {
      contract.internalProtocol.rationale = text
    }
    if let (text, _) = value("messagebroker") { contract.messageBroker = text }
    if let (text, _) = value("eventschemastandard") { contract.eventSchemaStandard = text }
    if let (text, _) = value("finalizationdate") { contract.finalizationDate = text }
  }

  /// `DRAFT`, `UNDER_REVIEW`, `FINALIZED` in any case or spacing; the template's bracketed list is unset.
  private mutating func readStatus(_ field: FieldLine) {
    let written = field.value.trimmingSpaces()
    guard contract.status == nil, contract.statusWritten == nil else { return }
    contract.statusWritten = written
    contract.statusLocation = at(field.line, 1)
    if written.isEmpty || PlaceholderDetector.isTemplateValue(written) || written.contains("|") {
      contract.statusWritten = nil
      contract.placeholders.append(
        Placeholder(text: written, isTemplateRow: false, location: at(field.line, 1)))
      return
    }
    let folded = written.uppercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(
      of: "-", with: "_"
    ).filter { $0.isLetter || $0 == "_" }
    if let status = InterfaceStatus(rawValue: folded) {
      contract.status = status
    } else if folded == "FINAL" || folded == "APPROVED" {
      contract.status = .finalized
    } else if folded == "INREVIEW" || folded == "IN_REVIEW" || folded == "REVIEW" {
      contract.status = .underReview
    } else {
      diagnostics.append(
        Diagnostic(
          .warning, rule: .valuesNotUnderstood,
          message: "interface status '\(written)' is none of DRAFT, UNDER_REVIEW, FINALIZED; kept as written",
          at: at(field.line, 1), fix: "write DRAFT, UNDER_REVIEW or FINALIZED"))
    }
  }

  /// Checkbox items under "Finalization Criteria".
  mutating func readCriteria(_ list: ListBlock) {
    for item in list.items {
      var state: CheckState = .unknown
      var text = ""
      if case .paragraph(let paragraph)? = item.blocks.first { text = paragraph.content.plainText }
      if let task = item.task {
        state = task == .checked ? .checked : .unchecked
      } else if let leading = CheckboxText.leadingState(of: text) {
        state = leading
        text = String(text.drop { $0 != "]" }.dropFirst())
      } else {
        continue
      }
      contract.finalizationCriteria.append(
        ChecklistItem(
          area: "", criteria: text.trimmingSpaces(), state: state,
          location: at(item.range.start.line, item.range.start.column)))
    }
  }
}
