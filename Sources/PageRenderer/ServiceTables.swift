import FestivalModel

/// A service interface's operations and data contract, each row linking to its place in the document.
enum ServiceTables {
  static func render(_ service: ServiceInterface, _ festival: FestivalContext) -> Markup {
    var body = HTML.facts([
      ("Purpose", HTML.text(service.purpose ?? "")),
      ("Communication", HTML.text(service.communicationMethod ?? "")),
    ])
    if !service.operations.isEmpty {
      body += HTML.table(
        ["Operation", "Input", "Output", "Error cases", "SLA"],
        service.operations.map { operation in
          [
            festival.rowLink(line: operation.location.line, label: operation.name),
            HTML.text(operation.input),
            HTML.text(operation.output), HTML.text(operation.errorCases.joined(separator: ", ")),
            HTML.text(operation.performanceSLA),
          ]
        }, caption: "Operations")
    }
    if !service.dataContract.isEmpty {
      body += HTML.table(
        ["Field", "Type", "Required", "Validation", "Default"],
        service.dataContract.map { field in
          [
            festival.rowLink(line: field.location.line, label: field.name), HTML.text(field.type),
            HTML.text(field.required.map { $0 ? "yes" : "no" } ?? field.requiredWritten),
            HTML.text(field.validation),
            HTML.text(field.defaultValue ?? "—"),
          ]
        }, caption: "Data contract")
    }
    return HTML.section(service.name + " interface", id: "interface-" + Fold.key(service.name), body)
  }
}
